using System.Text.Json.Nodes;
using LocalInsights.Testing;

namespace LocalInsights.Cli.Tests;

/// <summary>Runs configured environments: failures, bad settings and the Azure Blob store.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ConfiguredRunTests : IDisposable
{
    private const string Environment = "demo-ille-et-vilaine";
    private readonly string _folder = Directory.CreateTempSubdirectory("localinsights-config-").FullName;
    private readonly AzuriteFixture _azurite;

    public ConfiguredRunTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task MissingFile_FailsThatConnectorOnly()
    {
        var config = DemoConfiguration();
        Connectors(config)["glpi-ecoles"]!["Files"] = new JsonArray("sources/glpi/missing.csv");

        var run = await RunAsync(config);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PartiallyFailed", run.Output, StringComparison.Ordinal);
        Assert.Contains("missing.csv was not found", run.Output, StringComparison.Ordinal);
        Assert.Contains("Connectors:glpi-ecoles:Files:0", run.Output, StringComparison.Ordinal);
        Assert.Contains("intune                       Succeeded", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "out", $"localinsights-{Environment}-2026-11.xlsx")));
    }

    [Fact]
    public async Task MissingPseudonymKey_NamesVariable()
    {
        var config = DemoConfiguration();
        EnvironmentNode(config)["Privacy"] = new JsonObject();

        var run = await RunAsync(config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            $"LocalInsights__Environments__{Environment}__Privacy__PseudonymKey", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownConnectorType_ListsKnownTypes()
    {
        var config = DemoConfiguration();
        Connectors(config)["intune"]!["Type"] = "intune-export";

        var run = await RunAsync(config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Connectors:intune:Type 'intune-export' is not a known connector type", run.Error,
            StringComparison.Ordinal);
        Assert.Contains("intune-device-export", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidMonth_IsUsageError()
    {
        var run = await RunAsync(DemoConfiguration(), "--month", "11/2026");

        Assert.Equal(64, run.ExitCode);
        Assert.Contains("write it as yyyy-MM", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FutureMonth_IsUsageError()
    {
        var run = await RunAsync(DemoConfiguration(), "--month", "2999-01");

        Assert.Equal(64, run.ExitCode);
        Assert.Contains("has not started yet", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidJson_NamesFile()
    {
        var path = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(path, "{ \"LocalInsights\": { ");

        var run = await CliRun.ExecuteAsync("run", "--config", path, "--out", Path.Combine(_folder, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.json is not valid JSON", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownStorageKind_ListsAllowedValues()
    {
        var config = DemoConfiguration();
        config["LocalInsights"]!["Storage"]!["Kind"] = "S3";

        var run = await RunAsync(config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'S3' is not a valid StorageKind; allowed values: Local, AzureBlob", run.Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnabledNotBoolean_IsConfigurationError()
    {
        var config = DemoConfiguration();
        Connectors(config)["intune"]!["Enabled"] = "yes please";

        var run = await RunAsync(config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Connectors:intune:Enabled: 'yes please' is not a boolean", run.Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadConnectorSetting_FailsBeforeAnyPull()
    {
        var config = DemoConfiguration();
        Connectors(config)["investment-register"]!["DecimalSeparator"] = "Semicolon";

        var run = await RunAsync(config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("DecimalSeparator: 'Semicolon' is not a valid DecimalSeparator; allowed values: Auto, Comma, Dot",
            run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "store", Environment, "canonical")));
    }

    [Fact]
    public async Task InvalidMapValue_NamesKeyAndValues()
    {
        var config = DemoConfiguration();
        Connectors(config)["ent-ecoles"]!["Profiles"] = new JsonObject { ["intervenant"] = "Staf" };

        var run = await RunAsync(config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Connectors:ent-ecoles:Profiles:intervenant: 'Staf' is not a valid PlatformRole", run.Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentRun_IsRefusedWhileLocked()
    {
        var store = Path.Combine(_folder, "store");
        Directory.CreateDirectory(store);
        var lockPath = Path.Combine(store, $".{Environment}.run.lock");

        CliRun run;
        using (new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            run = await RunAsync(DemoConfiguration());
        }

        Assert.Equal(64, run.ExitCode);
        Assert.Contains($"Another run of environment {Environment}", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(store, Environment, "canonical")));
    }

    [Fact]
    public async Task MissingDirectory_StopsBeforePulls()
    {
        var config = DemoConfiguration();
        EnvironmentNode(config)["Directory"] = new JsonObject { ["Folder"] = "nowhere" };

        var run = await RunAsync(config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"LocalInsights:Environments:{Environment}:Directory:Folder", run.Output,
            StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "store", Environment, "canonical")));
    }

    [Fact]
    public async Task OutIsFile_IsUsageError()
    {
        var file = Path.Combine(_folder, "a-file");
        await File.WriteAllTextAsync(file, "x");

        var run = await CliRun.ExecuteAsync("run", "--demo", "--out", file);

        Assert.Equal(64, run.ExitCode);
        Assert.Contains("is a file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedSource_ShownInWorkbook()
    {
        var config = DemoConfiguration();
        Connectors(config)["glpi-ecoles"]!["Files"] = new JsonArray("sources/glpi/missing.csv");

        var run = await RunAsync(config);
        using var workbook = new ClosedXML.Excel.XLWorkbook(
            Path.Combine(_folder, "out", $"localinsights-{Environment}-2026-11.xlsx"));
        var sources = workbook.Worksheet("Summary").Table("Sources");
        var glpi = sources.DataRange.Rows().Single(row => row.Cell(1).GetString() == "glpi-ecoles");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("FAILED", glpi.Cell(6).GetString(), StringComparison.Ordinal);
        Assert.Contains("missing.csv", glpi.Cell(6).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AzureBlobStore_HoldsLayersAfterRun()
    {
        var config = DemoConfiguration();
        config["LocalInsights"]!["Storage"] = new JsonObject
        {
            ["Kind"] = "AzureBlob",
            ["ConnectionString"] = _azurite.ConnectionString,
            ["Container"] = "cli-demo-" + Guid.NewGuid().ToString("N")[..8],
        };

        var run = await RunAsync(config);
        var container = new Azure.Storage.Blobs.BlobContainerClient(
            _azurite.ConnectionString, config["LocalInsights"]!["Storage"]!["Container"]!.GetValue<string>());
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{Environment}/aggregates/2026-11/establishments.parquet", names);
        Assert.Contains($"{Environment}/canonical/intune/2026-11/manifest.json", names);
        Assert.Contains(names, name => name.StartsWith($"{Environment}/runs/", StringComparison.Ordinal));
        Assert.Contains(names, name => name.StartsWith($"{Environment}/rejects/investment-register/",
            StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<CliRun> RunAsync(JsonNode config, params string[] extra)
    {
        var path = Path.Combine(_folder, "localinsights.json");
        await File.WriteAllTextAsync(path, config.ToJsonString());
        return await CliRun.ExecuteAsync(
            ["run", "--config", path, "--out", Path.Combine(_folder, "out"), .. extra]);
    }

    /// <summary>The demo configuration, pointed at the demo files shipped with the CLI and a fresh store.</summary>
    private JsonNode DemoConfiguration()
    {
        var demo = Path.Combine(AppContext.BaseDirectory, "demo");
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(demo, "localinsights.demo.json")))!;
        config["LocalInsights"]!["Storage"]!["Root"] = Path.Combine(_folder, "store");
        var environment = EnvironmentNode(config);
        environment["BaseDirectory"] = demo;
        environment["Privacy"] = new JsonObject { ["PseudonymKey"] = Convert.ToBase64String(new byte[32]) };
        return config;
    }

    private static JsonNode EnvironmentNode(JsonNode config) => config["LocalInsights"]!["Environments"]![Environment]!;

    private static JsonNode Connectors(JsonNode config) => EnvironmentNode(config)["Connectors"]!;
}
