using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using LocalInsights.Core.Storage;
using LocalInsights.Hosting.History;
using LocalInsights.Testing;

namespace LocalInsights.Cli.Tests;

/// <summary>
/// <c>runs list</c>: the run records of a local store, or the run history table of the Functions app on Azurite.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class RunsCommandTests : IDisposable
{
    private const string Environment = "test-env";
    private static readonly DateTimeOffset Started = new(2026, 11, 5, 6, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("localinsights-runs-").FullName;
    private readonly AzuriteFixture _azurite;

    public RunsCommandTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task LocalStore_ListsRunRecords()
    {
        var store = new LocalFolderStore(Path.Combine(_folder, "store"));
        var record = new RunRecord
        {
            Environment = Environment, RunId = "20261105T060000Z-abcd1234", WindowFrom = new DateOnly(2026, 10, 1),
            WindowTo = new DateOnly(2026, 10, 31), StartedAt = Started, EndedAt = Started.AddMinutes(2),
            Status = "PartiallyFailed",
            Steps =
            [
                new RunStep("directory", "Succeeded", 996, 996, 0, 120, null),
                new RunStep("glpi", "Failed", 0, 0, 0, 5, "sources/glpi/missing.csv was not found."),
            ],
        };
        await store.WriteAllBytesAsync($"{Environment}/runs/{record.RunId}.json",
            JsonSerializer.SerializeToUtf8Bytes(record, ReadableJsonContext.Default.RunRecord), CancellationToken.None);

        var run = await RunAsync(Configuration(), "--days", "3650");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2026-11-05 06:00Z  test-env  2026-10  PartiallyFailed  run 20261105T060000Z-abcd1234",
            run.Output, StringComparison.Ordinal);
        Assert.Contains("    glpi  Failed  read 0  written 0  rejected 0", run.Output, StringComparison.Ordinal);
        Assert.Contains("      sources/glpi/missing.csv was not found.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryTable_ListsRuns()
    {
        var config = Configuration();
        var table = "CliRuns" + Guid.NewGuid().ToString("N")[..8];
        config["LocalInsights"]!["Jobs"] = new JsonObject
        {
            ["ConnectionString"] = _azurite.ConnectionString, ["TableName"] = table,
        };
        var client = new TableClient(_azurite.ConnectionString, table);
        await client.CreateIfNotExistsAsync();
        await client.AddEntityAsync(new RunEntity
        {
            PartitionKey = Environment, RowKey = RunEntity.RowKeyOf("20261105T060000Z-ffff0000"),
            RunId = "20261105T060000Z-ffff0000", Kind = JobKind.Pull, Connector = "glpi", Month = "2026-10",
            WindowFrom = "2026-10-01", WindowTo = "2026-10-31", Status = JobStatus.Poisoned, QueuedAt = Started,
            StartedAt = Started, Attempt = 4, MaxAttempts = 4,
            Failure = "glpi: sources/glpi/missing.csv was not found.",
        });

        var run = await RunAsync(config, "--days", "3650", "--environment", Environment);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2026-11-05 06:00Z  test-env  Pull glpi  2026-10  Poisoned  attempt 4/4", run.Output,
            StringComparison.Ordinal);
        Assert.Contains("      glpi: sources/glpi/missing.csv was not found.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidJobsSettings_NameKey()
    {
        var config = Configuration();
        config["LocalInsights"]!["Jobs"] = new JsonObject { ["MaxAttempts"] = 0 };

        var run = await RunAsync(config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("LocalInsights:Jobs:MaxAttempts is 0", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private JsonObject Configuration() => new()
    {
        ["LocalInsights"] = new JsonObject
        {
            ["Storage"] = new JsonObject { ["Kind"] = "Local", ["Root"] = Path.Combine(_folder, "store") },
            ["Environments"] = new JsonObject { [Environment] = new JsonObject { ["DisplayName"] = "Test" } },
        },
    };

    private async Task<CliRun> RunAsync(JsonNode config, params string[] extra)
    {
        var path = Path.Combine(_folder, "localinsights.json");
        await File.WriteAllTextAsync(path, config.ToJsonString());
        return await CliRun.ExecuteAsync(["runs", "list", "--config", path, .. extra]);
    }
}
