using System.Text.Json;
using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Establishments;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LocalInsights.Core.Tests;

public sealed class ActivitySummaryTests : IDisposable
{
    private const string ManifestPath = "env/canonical/ent/2026-11/manifest.json";
    private const string SummaryPath = "env/canonical/ent/2026-11/run-1/platform-activity.summary.bin";
    private static readonly PullWindow November = PullWindow.ForMonth(2026, 11);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "li-summary-" + Guid.NewGuid().ToString("N"));
    private readonly LocalFolderStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    public ActivitySummaryTests()
    {
        _store = new LocalFolderStore(_root);
    }

    [Fact]
    public async Task Summary_GivesTheFactsOfTheRecords()
    {
        var activities = Generate(20_000, seed: 3);
        var manifest = await PullAsync(activities);
        Assert.Contains(manifest.Files, file => file.Kind == ActivitySummary.Kind && file.Path == SummaryPath);

        var fromSummary = Describe(await AggregateAsync());
        await RemoveSummaryAsync(manifest);
        var fromRecords = Describe(await AggregateAsync());

        var expected = activities
            .GroupBy(activity => (activity.Uai, activity.Platform, activity.Role))
            .Select(group => $"{group.Key.Uai}|{group.Key.Platform}|{group.Key.Role}|"
                + $"{group.Select(activity => activity.PersonPseudonym).Distinct().Count()}|"
                + $"{group.Sum(activity => (long)activity.Connections)}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, fromRecords);
        Assert.Equal(expected, fromSummary);
    }

    [Fact]
    public async Task DayOutsideWindow_FallsBackToRecords()
    {
        var activities = Generate(500, seed: 5);
        activities.Add(activities[0] with { Day = new DateOnly(2026, 12, 1), PersonPseudonym = "december-only" });
        await PullAsync(activities);

        var facts = Describe(await AggregateAsync());

        var first = facts.Single(line => line.StartsWith(
            $"{activities[0].Uai}|{activities[0].Platform}|{activities[0].Role}|", StringComparison.Ordinal));
        var people = activities.SkipLast(1)
            .Where(activity => (activity.Uai, activity.Platform, activity.Role)
                == (activities[0].Uai, activities[0].Platform, activities[0].Role))
            .Select(activity => activity.PersonPseudonym).Distinct().Count();
        Assert.Equal(people, int.Parse(first.Split('|')[3], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ChangedSummary_FailsNamingFile()
    {
        await PullAsync(Generate(200, seed: 7));
        var bytes = (await _store.ReadAllBytesAsync(SummaryPath, default))!;
        bytes[^2] ^= 1;
        await _store.WriteAllBytesAsync(SummaryPath, bytes, default);

        var exception = await Assert.ThrowsAsync<InvalidDataException>(AggregateAsync);

        Assert.Contains(SummaryPath, exception.Message, StringComparison.Ordinal);
        Assert.Contains("SHA-256", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "does not start with LIASUM1")]
    [InlineData(1, "ends early")]
    public void MalformedSummary_IsRejectedWithTheFileAndByte(int damage, string expected)
    {
        var builder = new ActivitySummaryBuilder();
        builder.Add(0, 0, PlatformRole.Student, 0, 739_000, 2);
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        builder.Build(1, ["ENT"], ["0350022J"], ["p"]).WriteTo(output);
        var bytes = output.WrittenSpan.ToArray();
        bytes = damage == 0 ? [(byte)'X', .. bytes[1..]] : bytes[..^3];

        var exception = Assert.Throws<InvalidDataException>(() => ActivitySummary.Read(bytes, "s.bin"));

        Assert.Contains("File s.bin", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_AreStoredAsTheirRecords()
    {
        await using (var session = new PullSession(_store, "env", "ent", "test-ent", November, "run-1"))
        {
            var person = new PersonKey(5, "p5");
            await session.WriteActivityAsync(
                new ActivityRow(new DateOnly(2026, 11, 3), "ENT", "0350022J", PlatformRole.Teacher, person, "mail", 4),
                default);
            await session.WriteActivityAsync(
                new ActivityRow(new DateOnly(2026, 11, 4), "ENT", "0350022J", PlatformRole.Teacher,
                    person with { Pseudonym = null }, null, 1),
                default);
            await session.CompleteAsync(_time.GetUtcNow(), default);
        }

        var manifests = await new CanonicalReader(_store).ListManifestsAsync("env", November, default);
        var read = new List<PlatformActivity>();
        await foreach (var activity in new CanonicalReader(_store).ReadAsync<PlatformActivity>(manifests[0], default))
        {
            read.Add(activity);
        }

        Assert.Equal(
            ["2026-11-03 0350022J Teacher p5 mail 4", "2026-11-04 0350022J Teacher p5  1"],
            read.Select(activity => $"{activity.Day:yyyy-MM-dd} {activity.Uai} {activity.Role} "
                + $"{activity.PersonPseudonym} {activity.Service} {activity.Connections}"));
    }

    [Fact]
    public async Task PersonNumbers_OutOfOrder_KeepPseudonyms()
    {
        PersonKey[] people = [new(0, "p0"), new(1, "p1"), new(0, null), new(3, "p1"), new(2, "p2"), new(7, "p7")];
        await WriteStudentRowsAsync(people);

        var manifests = await new CanonicalReader(_store).ListManifestsAsync("env", November, default);
        var read = new List<string>();
        await foreach (var activity in new CanonicalReader(_store).ReadAsync<PlatformActivity>(manifests[0], default))
        {
            read.Add(activity.PersonPseudonym);
        }

        Assert.Equal(["p0", "p1", "p0", "p1", "p2", "p7"], read);
        Assert.Equal(["0350022J|ENT|Student|4|6"], Describe(await AggregateAsync()));
    }

    [Fact]
    public async Task NewNumberOfDefinedPseudonym_CountsOnePerson()
    {
        // A caller that numbers people by exact text may give a second number to a pseudonym already written.
        PersonKey[] people = [new(0, "p0"), new(1, "p0"), new(1, null)];
        await WriteStudentRowsAsync(people);

        Assert.Equal(["0350022J|ENT|Student|1|3"], Describe(await AggregateAsync()));
    }

    [Fact]
    public async Task MixedPseudonymForms_ReadBackAndCountOnce()
    {
        // Two pseudonyms in the pseudonymiser's form, then one in another form, then the first again.
        var first = new string('a', 16) + "0123456789abcdef";
        var second = "0123456789abcdef" + new string('f', 16);
        PersonKey[] people = [new(0, first), new(1, second), new(2, "plain"), new(3, first), new(1, null)];
        await WriteStudentRowsAsync(people);

        var manifests = await new CanonicalReader(_store).ListManifestsAsync("env", November, default);
        var read = new List<string>();
        await foreach (var activity in new CanonicalReader(_store).ReadAsync<PlatformActivity>(manifests[0], default))
        {
            read.Add(activity.PersonPseudonym);
        }

        Assert.Equal([first, second, "plain", first, second], read);
        Assert.Equal(["0350022J|ENT|Student|3|5"], Describe(await AggregateAsync()));
    }

    [Fact]
    public async Task FirstRecordWithoutPseudonym_Rejected()
    {
        await using var session = new PullSession(_store, "env", "ent", "test-ent", November, "run-1");
        await session.WriteActivityAsync(
            new ActivityRow(new DateOnly(2026, 11, 3), "ENT", "0350022J", PlatformRole.Student, new(0, "p0"), null, 1),
            default);

        var exception = await Assert.ThrowsAsync<ArgumentException>(async () => await session.WriteActivityAsync(
            new ActivityRow(new DateOnly(2026, 11, 3), "ENT", "0350022J", PlatformRole.Student, new(1, null), null, 1),
            default));

        Assert.Contains("Person 1 of the pull has no pseudonym on its first record", exception.Message,
            StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>
    /// Activities of 700 people over two platforms, four establishments and every role, some people in several
    /// groups, on days spread over November.
    /// </summary>
    private static List<PlatformActivity> Generate(int count, int seed)
    {
        var random = new Random(seed);
        string[] uais = ["0350022J", "0350001A", "0350002B", "0291234X"];
        string[] platforms = ["ENT", "Moodle"];
        var roles = Enum.GetValues<PlatformRole>();
        return Enumerable.Range(0, count).Select(_ =>
        {
            var person = random.Next(700);
            return new PlatformActivity
            {
                Day = new DateOnly(2026, 11, 1 + random.Next(30)),
                Platform = platforms[random.Next(platforms.Length)],
                Uai = uais[(person + random.Next(2)) % uais.Length],
                Role = roles[person % roles.Length],
                PersonPseudonym = $"p{person}",
                Service = random.Next(3) == 0 ? null : "mail",
                Connections = random.Next(5),
            };
        }).ToList();
    }

    /// <summary>Writes one student row per person key, in order, through a pull session.</summary>
    private async Task WriteStudentRowsAsync(IEnumerable<PersonKey> people)
    {
        await using var session = new PullSession(_store, "env", "ent", "test-ent", November, "run-1");
        foreach (var person in people)
        {
            await session.WriteActivityAsync(
                new ActivityRow(new DateOnly(2026, 11, 3), "ENT", "0350022J", PlatformRole.Student, person, null, 1),
                default);
        }

        await session.CompleteAsync(_time.GetUtcNow(), default);
    }

    private static List<string> Describe(FactSet facts) => facts.PlatformUse
        .Where(fact => fact.Basis == FigureBasis.Computed)
        .Select(fact => $"{fact.Uai}|{fact.Platform}|{fact.Role}|{fact.ActiveUsers}|{fact.Connections}")
        .Order(StringComparer.Ordinal)
        .ToList();

    private async Task<PullManifest> PullAsync(IEnumerable<PlatformActivity> activities)
    {
        await using var session = new PullSession(_store, "env", "ent", "test-ent", November, "run-1");
        foreach (var activity in activities)
        {
            await session.WriteAsync(activity, default);
        }

        return await session.CompleteAsync(_time.GetUtcNow(), default);
    }

    /// <summary>Rewrites the manifest without the summary, as a pull stored before summaries existed.</summary>
    private async Task RemoveSummaryAsync(PullManifest manifest)
    {
        var files = manifest.Files.Where(file => file.Kind != ActivitySummary.Kind).ToList();
        var without = manifest with { Files = files };
        await _store.WriteAllBytesAsync(ManifestPath,
            JsonSerializer.SerializeToUtf8Bytes(without, ReadableJsonContext.Default.PullManifest), default);
    }

    private Task<FactSet> AggregateAsync() =>
        new Aggregator(_store, _time, NullLogger<Aggregator>.Instance).AggregateAsync(new AggregationRequest
        {
            Environment = "env", EnvironmentName = "Test", Window = November,
            Establishments = EstablishmentDirectory.Empty,
            Options = new AggregationOptions { SuppressionThreshold = 1 },
        }, default);
}
