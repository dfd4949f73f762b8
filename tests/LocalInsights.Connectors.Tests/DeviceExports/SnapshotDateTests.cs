using System.Globalization;
using System.Text;
using LocalInsights.Connectors.DeviceExports.Glpi;
using LocalInsights.Connectors.DeviceExports.Intune;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Tests.DeviceExports;

/// <summary>
/// An export taken after the month it is used for: check-ins more than a day after the snapshot date are
/// rejected, and a file where they are more than 10 % of the rows fails the pull.
/// </summary>
public sealed class SnapshotDateTests : IDisposable
{
    private static readonly PullWindow October = PullWindow.ForMonth(2026, 10);
    private readonly ConnectorHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task LateCheckIn_RejectedWithReason()
    {
        var result = await PullIntuneAsync(WriteIntuneExport(lateRows: 1));

        var reject = Assert.Single(await _harness.ReadRejectsAsync(result));
        Assert.Equal("devices.csv", reject.File);
        Assert.Equal(2, reject.Line);
        Assert.Equal("Last check-in", reject.Field);
        Assert.Equal("2026-11-05 08:00:00", reject.Value);
        Assert.Equal("checked in on 2026-11-05, after the snapshot date 2026-10-31: the export was taken after the "
            + "month it is used for; set SnapshotDate to the day it was taken", reject.Reason);
    }

    [Fact]
    public async Task LateCheckIn_DeviceNotWritten()
    {
        var result = await PullIntuneAsync(WriteIntuneExport(lateRows: 1));

        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
        Assert.Equal(19, devices.Count);
        Assert.DoesNotContain(devices, device => device.DeviceId == "device-00");
    }

    [Fact]
    public async Task CheckInNextDay_Kept()
    {
        var path = _harness.WriteFile("devices.csv",
            "Device ID,Last check-in\r\nlate-evening,2026-11-01 23:59:00\r\nusual,2026-10-20 08:00:00\r\n");

        var result = await PullIntuneAsync(Path.GetFileName(path));

        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
        Assert.Equal(2, devices.Count);
        Assert.Empty(await _harness.ReadRejectsAsync(result));
    }

    [Fact]
    public async Task TenPercentLate_PullSucceeds()
    {
        var result = await PullIntuneAsync(WriteIntuneExport(lateRows: 2));

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(2, result.Rejected);
    }

    [Fact]
    public async Task MostlyLateExport_FailsNamingMonth()
    {
        var result = await PullIntuneAsync(WriteIntuneExport(lateRows: 3));

        Assert.False(result.Succeeded);
        Assert.Contains("file devices.csv is newer than the month 2026-10", result.Failure, StringComparison.Ordinal);
        Assert.Contains("3 of its 20 rows checked in more than a day after the snapshot date 2026-10-31",
            result.Failure, StringComparison.Ordinal);
        Assert.Contains("Set Connectors:source:SnapshotDate to the day the export was taken", result.Failure,
            StringComparison.Ordinal);
        Assert.Null(result.Manifest);
    }

    [Fact]
    public async Task SnapshotDateSetting_KeepsLaterCheckIns()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = WriteIntuneExport(lateRows: 20),
            ["SnapshotDate"] = "2026-11-30",
        };

        var result = await _harness.PullAsync(new IntuneDeviceExportConnector(), settings, October);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(0, result.Rejected);
    }

    [Fact]
    public async Task GlpiCheckIn_ComparedInLocalTime()
    {
        // 2 November 00:30 in Paris is still 1 November in UTC: the export's own day is the one compared.
        var text = new StringBuilder("ID;Dernière modification\r\n1;2026-11-02 00:30\r\n");
        for (var id = 2; id <= 20; id++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{id};2026-10-20 10:00\r\n");
        }

        _harness.WriteFile("glpi.csv", text.ToString());

        var result = await _harness.PullAsync(new GlpiComputerExportConnector(),
            new Dictionary<string, string?> { ["Files:0"] = "glpi.csv" }, October);

        var reject = Assert.Single(await _harness.ReadRejectsAsync(result));
        Assert.StartsWith("checked in on 2026-11-02,", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LateRows_CountLoggedInSingular()
    {
        await PullIntuneAsync(WriteIntuneExport(lateRows: 1));

        var warning = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2122);
        Assert.StartsWith("Rejected 1 row of devices.csv that checked in more than a day after the snapshot date",
            warning.Message, StringComparison.Ordinal);
    }

    private Task<PullResult> PullIntuneAsync(string file) =>
        _harness.PullAsync(new IntuneDeviceExportConnector(),
            new Dictionary<string, string?> { ["Files:0"] = file }, October);

    /// <summary>
    /// Writes an Intune export of 20 devices, of which the first <paramref name="lateRows"/> checked in in November.
    /// </summary>
    private string WriteIntuneExport(int lateRows)
    {
        var text = new StringBuilder("Device ID,Last check-in\r\n");
        for (var index = 0; index < 20; index++)
        {
            var checkIn = index < lateRows ? "2026-11-05 08:00:00" : "2026-10-20 08:00:00";
            text.Append(CultureInfo.InvariantCulture, $"device-{index:00},{checkIn}\r\n");
        }

        return Path.GetFileName(_harness.WriteFile("devices.csv", text.ToString()));
    }
}
