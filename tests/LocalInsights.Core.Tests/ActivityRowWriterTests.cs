using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Establishments;
using LocalInsights.Core.Model;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using LocalInsights.Core.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LocalInsights.Core.Tests;

public sealed class ActivityRowWriterTests : IDisposable
{
    private static readonly PullWindow November = PullWindow.ForMonth(2026, 11);
    private static readonly Pseudonymizer Pseudonymizer = new(Enumerable.Range(1, 32).Select(value => (byte)value)
        .ToArray());

    private readonly string _root = Path.Combine(Path.GetTempPath(), "li-rows-" + Guid.NewGuid().ToString("N"));
    private readonly LocalFolderStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    public ActivityRowWriterTests()
    {
        _store = new LocalFolderStore(_root);
    }

    [Fact]
    public async Task ManyBatches_AreAllStoredWithPseudonyms()
    {
        var count = (ActivityRowWriter.BatchRows * 2) + 17;

        var result = await PullAsync(count, badRowAt: -1);
        var stored = await ReadAsync();

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(count, stored.Count);
        Assert.Equal(Pseudonymizer.Pseudonymize("User.7@ent.fr"), stored[7].PersonPseudonym);
        Assert.Equal(Pseudonymizer.Pseudonymize("user.7@ent.fr"), stored[7].PersonPseudonym);
        Assert.Equal(new DateOnly(2026, 11, 8), stored[7].Day);
        Assert.Equal(count - 1, stored[^1].Connections);
        Assert.Equal(1000, stored.Select(activity => activity.PersonPseudonym).Distinct().Count());
        Assert.DoesNotContain(stored, activity => activity.PersonPseudonym.Contains('@', StringComparison.Ordinal));

        // Identifiers that differ only by case are one person of the pull, counted once by the summary.
        var facts = await new Aggregator(_store, _time, NullLogger<Aggregator>.Instance).AggregateAsync(
            new AggregationRequest
            {
                Environment = "env", EnvironmentName = "Test", Window = November,
                Establishments = EstablishmentDirectory.Empty,
                Options = new AggregationOptions { SuppressionThreshold = 1 },
            }, default);
        Assert.Equal(1000, facts.PlatformUse.Single().ActiveUsers);
    }

    [Fact]
    public async Task WriteFailure_FailsThePullAndStoresNothing()
    {
        var result = await PullAsync(ActivityRowWriter.BatchRows + 5, badRowAt: 3);

        Assert.False(result.Succeeded);
        Assert.Contains("PlatformRole", result.Failure, StringComparison.Ordinal);
        Assert.Empty(await new CanonicalReader(_store).ListManifestsAsync("env", November, default));
    }

    [Fact]
    public void PersonTable_FullTable_StartsAgain()
    {
        var table = new PersonTable(capacity: 5000);
        for (var index = 0; index < 5000; index++)
        {
            table.Add(TextKeyHash.Of($"id{index}"), index);
        }

        Assert.Equal(5000, table.Count);
        Assert.True(table.TryGet(TextKeyHash.Of("id4321"), out var found));
        Assert.Equal(4321, found);
        Assert.False(table.TryGet(TextKeyHash.Of("id5000"), out _));

        table.Add(TextKeyHash.Of("id5000"), 5000);

        Assert.Equal(1, table.Count);
        Assert.False(table.TryGet(TextKeyHash.Of("id4321"), out _));
        Assert.True(table.TryGet(TextKeyHash.Of("id5000"), out var again));
        Assert.Equal(5000, again);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private Task<PullResult> PullAsync(int count, int badRowAt) =>
        new PullRunner(_store, _time).RunAsync(new RowsConnector(count, badRowAt), new PullRequest
        {
            Environment = "env", Connector = "rows", Window = November, Settings = new ConfigurationBuilder().Build(),
            BaseDirectory = _root, Pseudonymizer = Pseudonymizer, Establishments = EstablishmentDirectory.Empty,
        }, default);

    private async Task<List<PlatformActivity>> ReadAsync()
    {
        var reader = new CanonicalReader(_store);
        var stored = new List<PlatformActivity>();
        await foreach (var activity in reader.ReadAsync<PlatformActivity>("env", November, default))
        {
            stored.Add(activity);
        }

        return stored;
    }

    /// <summary>Writes rows of 1,000 people, with identifiers in mixed case, and one invalid role when asked.</summary>
    private sealed class RowsConnector(int count, int badRowAt) : IConnector
    {
        public ConnectorDescriptor Descriptor { get; } = new("test-rows", "Test rows", [typeof(PlatformActivity)],
            typeof(object), new ProcessingDeclaration("tests", [], [], "none"));

        public async Task PullAsync(PullContext context, CancellationToken cancellationToken)
        {
            await using var rows = await context.OpenActivityWriterAsync(cancellationToken);
            for (var index = 0; index < count; index++)
            {
                var identifier = index % 2 == 0 ? $"user.{index % 1000}@ent.fr" : $"User.{index % 1000}@ent.fr";
                var role = index == badRowAt ? (PlatformRole)99 : PlatformRole.Student;
                if (rows.Add(new DateOnly(2026, 11, 1 + (index % 30)), "ENT", "0350022J", role, identifier, null,
                        index))
                {
                    await rows.HandOverAsync(cancellationToken);
                }
            }

            await rows.CompleteAsync(cancellationToken);
        }
    }
}
