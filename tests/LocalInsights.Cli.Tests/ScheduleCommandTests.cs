using System.Globalization;
using System.Text.Json.Nodes;

namespace LocalInsights.Cli.Tests;

/// <summary><c>schedule list</c>: schedules from the configuration file, without any storage account.</summary>
public sealed class ScheduleCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 10, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("localinsights-schedule-").FullName;

    [Fact]
    public async Task ScheduleList_PrintsNextOccurrences()
    {
        var run = await RunAsync(Configuration("0 6 2 * *"), "--count", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("test-env register: '0 6 2 * *' in Europe/Paris, pulls the previous month", run.Output,
            StringComparison.Ordinal);
        Assert.Contains("  2026-11-02 06:00 +01:00  (2026-11-02 05:00 UTC)  month 2026-10", run.Output,
            StringComparison.Ordinal);
        Assert.Contains("  2026-12-02 06:00 +01:00  (2026-12-02 05:00 UTC)  month 2026-11", run.Output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("2027-01-02", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task ScheduleList_SpansClockChange()
    {
        var run = await RunAsync(Configuration("30 2 * * *"), "--count", "7");

        // Paris clocks go back on 25 October 2026: the run before is at +02:00, the run after at +01:00.
        Assert.Contains("  2026-10-24 02:30 +02:00  (2026-10-24 00:30 UTC)", run.Output, StringComparison.Ordinal);
        Assert.Contains("  2026-10-25 02:30 +02:00  (2026-10-25 00:30 UTC)", run.Output, StringComparison.Ordinal);
        Assert.Contains("  2026-10-26 02:30 +01:00  (2026-10-26 01:30 UTC)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidCron_NamesKey()
    {
        var run = await RunAsync(Configuration("at six"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("LocalInsights:Environments:test-env:Connectors:register:Schedule 'at six' is not a valid cron",
            run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidCount_IsUsageError()
    {
        var run = await RunAsync(Configuration("0 6 2 * *"), "--count", "0");

        Assert.Equal(64, run.ExitCode);
        Assert.Contains("--count 0 is invalid", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static JsonNode Configuration(string schedule) => JsonNode.Parse($$"""
        {
          "LocalInsights": {
            "Environments": {
              "test-env": {
                "DisplayName": "Test",
                "Connectors": {
                  "register": { "Type": "investment-register", "Schedule": "{{schedule}}" },
                  "glpi": { "Type": "glpi-computer-export" }
                }
              }
            }
          }
        }
        """)!;

    private async Task<CliRun> RunAsync(JsonNode config, params string[] extra)
    {
        var path = Path.Combine(_folder, "localinsights.json");
        await File.WriteAllTextAsync(path, config.ToJsonString());
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await CliApplication.RunAsync(["schedule", "list", "--config", path, .. extra], output, error,
            new FixedTimeProvider(Now));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
