using LocalInsights.Connectors.DeviceExports.Intune;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Tests.DeviceExports;

/// <summary>Entries of <c>Files</c> with <c>*</c> or <c>?</c> in the file name, expanded in name order.</summary>
public sealed class FilePatternTests : IDisposable
{
    private const string Header = "Device ID,Last check-in\r\n";
    private static readonly PullWindow November = PullWindow.ForMonth(2026, 11);
    private readonly ConnectorHarness _harness = new();

    public FilePatternTests()
    {
        Directory.CreateDirectory(Path.Combine(_harness.DataDirectory, "intune"));
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Pattern_ReadsMatchesInNameOrder()
    {
        _harness.WriteFile("intune/devices-b.csv", Header + "d-b,2026-11-20 08:00:00\r\n");
        _harness.WriteFile("intune/devices-9.csv", Header + "d-9,2026-11-21 08:00:00\r\n");
        _harness.WriteFile("intune/devices-10.csv", Header + "d-10,2026-11-22 08:00:00\r\n");
        _harness.WriteFile("intune/notes.txt", "not an export\r\n");

        var result = await PullAsync("intune/devices-*.csv");

        // Ordinal order of the names: "1" < "9" < "b", so devices-10 comes before devices-9.
        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
        Assert.Equal(["d-10", "d-9", "d-b"], devices.Select(device => device.DeviceId));
        Assert.All(devices, device => Assert.Equal(new DateOnly(2026, 11, 30), device.SnapshotDate));
    }

    [Fact]
    public async Task QuestionMark_MatchesOneCharacter()
    {
        _harness.WriteFile("intune/day-1.csv", Header + "d1,2026-11-01 08:00:00\r\n");
        _harness.WriteFile("intune/day-12.csv", Header + "d12,2026-11-12 08:00:00\r\n");

        var result = await PullAsync("intune/day-?.csv");

        var device = Assert.Single(await _harness.ReadRecordsAsync<DeviceSnapshot>(result));
        Assert.Equal("d1", device.DeviceId);
    }

    [Fact]
    public async Task PlainAndPattern_Combine()
    {
        _harness.WriteFile("intune/extra.csv", Header + "extra,2026-11-02 08:00:00\r\n");
        _harness.WriteFile("intune/day-1.csv", Header + "d1,2026-11-01 08:00:00\r\n");
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = "intune/extra.csv",
            ["Files:1"] = "intune/day-*.csv",
        };

        var result = await _harness.PullAsync(new IntuneDeviceExportConnector(), settings, November);

        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
        Assert.Equal(["extra", "d1"], devices.Select(device => device.DeviceId));
    }

    [Fact]
    public async Task NoMatch_FailsNamingPatternAndKey()
    {
        _harness.WriteFile("intune/devices-2026-10-31.csv", Header + "d1,2026-10-31 08:00:00\r\n");

        var result = await PullAsync("intune/devices-2026-11-*.csv");

        Assert.False(result.Succeeded);
        var pattern = Path.Combine(_harness.DataDirectory, "intune", "devices-2026-11-*.csv");
        Assert.Contains($"no file matches the pattern {pattern}", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Check the pattern in Connectors:source:Files:0", result.Failure, StringComparison.Ordinal);
        Assert.Null(result.Manifest);
    }

    [Fact]
    public async Task MissingFolder_FailsNamingFolder()
    {
        var result = await PullAsync("absent/devices-*.csv");

        Assert.False(result.Succeeded);
        var folder = Path.Combine(_harness.DataDirectory, "absent");
        Assert.Contains($"folder {folder} of the pattern", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Files:0", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WildcardInFolder_FailsNamingKey()
    {
        _harness.WriteFile("intune/devices.csv", Header + "d1,2026-11-01 08:00:00\r\n");

        var result = await PullAsync("int*/devices.csv");

        Assert.False(result.Succeeded);
        Assert.Contains("has a wildcard in a folder name, but only the file name may contain * or ?",
            result.Failure, StringComparison.Ordinal);
        Assert.Contains("Fix Connectors:source:Files:0", result.Failure, StringComparison.Ordinal);
    }

    private Task<PullResult> PullAsync(string file) =>
        _harness.PullAsync(new IntuneDeviceExportConnector(),
            new Dictionary<string, string?> { ["Files:0"] = file }, November);
}
