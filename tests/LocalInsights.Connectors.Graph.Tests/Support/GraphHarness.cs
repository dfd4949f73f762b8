using System.IO.Compression;
using LocalInsights.Connectors.Graph.Throttling;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Connectors.Graph.Tests.Support;

/// <summary>
/// Runs the Graph connector through <see cref="PullRunner"/> into a temporary store, against a fake Graph
/// server, with a fake credential and a clock that skips waits. Deleted on dispose.
/// </summary>
public sealed class GraphHarness : IDisposable
{
    public const string Environment = "test";
    public const string SettingsPrefix = "Connectors:graph";
    public static readonly PullWindow October2024 = PullWindow.ForMonth(2024, 10);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "li-graph-" + Guid.NewGuid().ToString("N"));

    public GraphHarness(GraphRequestBudgets? budgets = null)
    {
        Store = new LocalFolderStore(Path.Combine(_root, "store"));
        DataDirectory = Path.Combine(_root, "data");
        Directory.CreateDirectory(DataDirectory);
        Budgets = budgets ?? new GraphRequestBudgets();
        Connector = new GraphConnector(Credentials, Budgets);
    }

    public LocalFolderStore Store { get; }

    public string DataDirectory { get; }

    public GraphRequestBudgets Budgets { get; }

    public FakeCredentialFactory Credentials { get; } = new();

    public GraphConnector Connector { get; }

    public Pseudonymizer Pseudonymizer { get; } = new(Enumerable.Range(1, 32).Select(value => (byte)value).ToArray());

    public CapturingLoggerFactory Logs { get; } = new();

    public SkippingTimeProvider Time { get; } = new(new DateTimeOffset(2024, 10, 7, 6, 0, 0, TimeSpan.Zero));

    /// <summary>Settings that point at <paramref name="server"/> with every source off; tests turn theirs on.</summary>
    public static Dictionary<string, string?> BaseSettings(FakeGraphServer server) => new()
    {
        ["TenantId"] = "11111111-2222-4333-8444-555555555555",
        ["Authentication"] = "ManagedIdentity",
        ["BaseUrl"] = server.BaseUrl.ToString(),
        ["Devices:Enabled"] = "false",
        ["Licences:Enabled"] = "false",
        ["UsageReports:Enabled"] = "false",
    };

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(DataDirectory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public Task<PullResult> PullAsync(IReadOnlyDictionary<string, string?> settings, PullWindow? window = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(pair =>
                new KeyValuePair<string, string?>($"{SettingsPrefix}:{pair.Key}", pair.Value)))
            .Build();
        var request = new PullRequest
        {
            Environment = Environment,
            Connector = "graph",
            Window = window ?? October2024,
            Settings = configuration.GetSection(SettingsPrefix),
            BaseDirectory = DataDirectory,
            Pseudonymizer = Pseudonymizer,
        };
        return new PullRunner(Store, Time, Logs).RunAsync(Connector, request, CancellationToken.None);
    }

    public async Task<List<T>> ReadAsync<T>(PullWindow? window = null)
    {
        var records = new List<T>();
        await foreach (var record in new CanonicalReader(Store)
                           .ReadAsync<T>(Environment, window ?? October2024, CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>
    /// Returns the text of every file in the store, gzip files decompressed. Binary platform activity files are
    /// read as they are, because they store their strings as plain UTF-8.
    /// </summary>
    public string AllStoredText()
    {
        var builder = new System.Text.StringBuilder();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_root, "store"), "*", SearchOption.AllDirectories))
        {
            using var stream = File.OpenRead(file);
            using Stream content = file.EndsWith(".gz", StringComparison.Ordinal)
                ? new GZipStream(stream, CompressionMode.Decompress)
                : stream;
            using var reader = new StreamReader(content);
            builder.AppendLine(reader.ReadToEnd());
        }

        return builder.ToString();
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
