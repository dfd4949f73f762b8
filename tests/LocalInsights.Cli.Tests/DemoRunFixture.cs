using System.Text;
using LocalInsights.Core.Text;

namespace LocalInsights.Cli.Tests;

/// <summary>Runs <c>run --demo</c> twice into one temporary folder and keeps what each run produced.</summary>
public sealed class DemoRunFixture : IAsyncLifetime
{
    private readonly string _out = Directory.CreateTempSubdirectory("localinsights-demo-").FullName;

    public CliRun First { get; private set; } = null!;

    public CliRun Second { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> FirstAggregates { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> SecondAggregates { get; private set; } = null!;

    public string StoreFolder => Path.Combine(_out, "store");

    public string WorkbookPath => Path.Combine(_out, "localinsights-demo-ille-et-vilaine-2026-11.xlsx");

    public async Task InitializeAsync()
    {
        First = await CliRun.ExecuteAsync("run", "--demo", "--out", _out);
        FirstAggregates = ReadAggregates();
        Second = await CliRun.ExecuteAsync("run", "--demo", "--out", _out);
        SecondAggregates = ReadAggregates();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_out, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Returns the user principal names, e-mail addresses, display names and log-in identifiers that the demo
    /// source files contain, read from the copies shipped with the CLI.
    /// </summary>
    public static IReadOnlyList<string> PersonalValues()
    {
        var sources = Path.Combine(AppContext.BaseDirectory, "demo", "sources");
        var values = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddColumn(values, Path.Combine(sources, "intune", "intune-devices-export.csv"),
            "Primary user UPN", "Primary user email address", "Primary user display name");
        AddColumn(values, Path.Combine(sources, "ent", "connexions-ecoles-2026-11.csv"), "identifiant");
        return values.Where(value => value.Length >= 6).ToList();
    }

    private Dictionary<string, string> ReadAggregates()
    {
        var folder = Path.Combine(StoreFolder, "demo-ille-et-vilaine", "aggregates", "2026-11");
        return Directory.GetFiles(folder, "*.csv")
            .Where(path => !path.EndsWith("sources.csv", StringComparison.Ordinal))
            .ToDictionary(path => Path.GetFileName(path), path => File.ReadAllText(path, Encoding.UTF8));
    }

    private static void AddColumn(HashSet<string> values, string path, params string[] columns)
    {
        using var file = DelimitedFile.Open(path);
        var indexes = columns.Select(file.IndexOf).ToArray();
        Assert.DoesNotContain(-1, indexes);
        foreach (var row in file.ReadRows())
        {
            foreach (var index in indexes)
            {
                if (row.Get(index) is { } value)
                {
                    values.Add(value);
                }
            }
        }
    }
}
