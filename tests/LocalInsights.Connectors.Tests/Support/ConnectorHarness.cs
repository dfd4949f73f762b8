using System.Globalization;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using LocalInsights.Core.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace LocalInsights.Connectors.Tests.Support;

/// <summary>
/// Runs a connector through <see cref="PullRunner"/> into a temporary <see cref="LocalFolderStore"/>, then reads
/// back the records, rejects and manifest it stored. Each instance has its own folders, deleted on dispose.
/// </summary>
public sealed class ConnectorHarness : IDisposable
{
    public const string Environment = "test";

    /// <summary>Section the connector's settings live under, so messages name keys as configuration does.</summary>
    public const string SettingsPrefix = "Connectors:source";

    private readonly string _root =
        Path.Combine(Path.GetTempPath(), "li-connectors-" + Guid.NewGuid().ToString("N"));

    public ConnectorHarness()
    {
        Store = new LocalFolderStore(Path.Combine(_root, "store"));
        DataDirectory = Path.Combine(_root, "data");
        Directory.CreateDirectory(DataDirectory);
    }

    public LocalFolderStore Store { get; }

    /// <summary>Folder that relative paths in the settings resolve against, where test files are copied.</summary>
    public string DataDirectory { get; }

    /// <summary>The pseudonymizer of the pulls, under a fixed 32-byte test key.</summary>
    public Pseudonymizer Pseudonymizer { get; } = new(Enumerable.Range(1, 32).Select(value => (byte)value).ToArray());

    public CapturingLoggerFactory Logs { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 10, 7, 2, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// Copies <c>TestData/<paramref name="relativePath"/></c> into the data folder and returns its file name.
    /// </summary>
    public string CopyTestData(string relativePath)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "TestData", relativePath);
        var name = Path.GetFileName(relativePath);
        File.Copy(source, Path.Combine(DataDirectory, name), overwrite: true);
        return name;
    }

    /// <summary>Writes a file of the test into the data folder; returns its full path.</summary>
    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(DataDirectory, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Pulls <paramref name="connector"/> for <paramref name="window"/> with the given settings.</summary>
    public Task<PullResult> PullAsync(
        IConnector connector, IReadOnlyDictionary<string, string?> settings, PullWindow window)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(
                pair => new KeyValuePair<string, string?>($"{SettingsPrefix}:{pair.Key}", pair.Value)))
            .Build();
        var request = new PullRequest
        {
            Environment = Environment,
            Connector = "source",
            Window = window,
            Settings = configuration.GetSection(SettingsPrefix),
            BaseDirectory = DataDirectory,
            Pseudonymizer = Pseudonymizer,
        };
        return new PullRunner(Store, Time, Logs).RunAsync(connector, request, CancellationToken.None);
    }

    /// <summary>Reads every record of type <typeparamref name="T"/> that a successful pull stored.</summary>
    public async Task<IReadOnlyList<T>> ReadRecordsAsync<T>(PullResult result)
    {
        Assert.True(result.Succeeded, result.Failure);
        var records = new List<T>();
        await foreach (var record in new CanonicalReader(Store).ReadAsync<T>(result.Manifest!, CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>Reads the rejects a successful pull stored; empty when it rejected nothing.</summary>
    public async Task<IReadOnlyList<RejectRow>> ReadRejectsAsync(PullResult result)
    {
        Assert.True(result.Succeeded, result.Failure);
        if (result.Manifest!.RejectsPath is not { } path)
        {
            return [];
        }

        var bytes = await Store.ReadAllBytesAsync(path, CancellationToken.None);
        using var file = DelimitedFile.Open(path, new MemoryStream(bytes!), null, ";");
        return file.ReadRows().Select(row => new RejectRow(
            row.Fields[0], row.Fields[1],
            row.Fields[2].Length == 0 ? null : long.Parse(row.Fields[2], CultureInfo.InvariantCulture),
            row.Fields[3].Length == 0 ? null : row.Fields[3],
            row.Fields[4].Length == 0 ? null : row.Fields[4],
            row.Fields[5])).ToList();
    }

    /// <summary>Lists the paths of every object in the store.</summary>
    public async Task<IReadOnlyList<string>> ListStoredAsync()
    {
        var paths = new List<string>();
        await foreach (var item in Store.ListAsync(string.Empty, CancellationToken.None))
        {
            paths.Add(item.Path);
        }

        return paths;
    }

    public void Dispose()
    {
        Logs.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
