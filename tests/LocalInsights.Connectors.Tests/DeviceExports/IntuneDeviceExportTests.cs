using LocalInsights.Connectors.DeviceExports.Intune;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Tests.DeviceExports;

public sealed class IntuneDeviceExportTests : IDisposable
{
    private static readonly PullWindow October = PullWindow.ForMonth(2024, 10);
    private static readonly PullWindow September = PullWindow.ForMonth(2024, 9);
    private readonly ConnectorHarness _harness = new();

    [Fact]
    public async Task MinimumDate_MeansNeverSeen()
    {
        var devices = await PullNeverSeenExportAsync();

        Assert.Null(devices[1].LastSyncAt);
        Assert.Equal(new DateTimeOffset(2024, 9, 2, 7, 40, 0, TimeSpan.Zero), devices[1].EnrolledAt);
    }

    [Fact]
    public async Task CheckInDates_ReadAsUtc()
    {
        var devices = await PullNeverSeenExportAsync();

        var sevenDigits = new DateTimeOffset(2024, 10, 7, 6, 58, 3, TimeSpan.Zero).AddTicks(1234567);
        Assert.Equal(sevenDigits, devices[0].LastSyncAt);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero), devices[2].LastSyncAt);
    }

    [Fact]
    public async Task DeviceNames_NotStoredByDefault()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = _harness.CopyTestData("07-intune-min-date-0001-01-01/intune-export.csv"),
        };
        var result = await _harness.PullAsync(new IntuneDeviceExportConnector(), settings, October);
        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);

        Assert.All(devices, device => Assert.Null(device.DeviceName));
    }

    [Fact]
    public async Task DeviceColumns_ReadByHeaderName()
    {
        var devices = await PullNeverSeenExportAsync();
        var tablet = devices[2];

        Assert.Equal("51000000-0000-4000-8000-000000000003", tablet.DeviceId);
        Assert.Equal("COL-IPAD-003", tablet.DeviceName);
        Assert.Equal("iOS", tablet.OperatingSystem);
        Assert.Equal("17.3.1", tablet.OsVersion);
        Assert.Equal("FAKE-SN-003", tablet.SerialNumber);
        Assert.Equal("Apple", tablet.Manufacturer);
        Assert.Equal("iPad (9th generation)", tablet.Model);
        Assert.Equal("noncompliant", tablet.Status);
    }

    [Fact]
    public async Task SnapshotDate_DefaultsToWindowEnd()
    {
        var devices = await PullNeverSeenExportAsync();

        Assert.All(devices, device => Assert.Equal(new DateOnly(2024, 10, 31), device.SnapshotDate));
    }

    [Fact]
    public async Task DuplicateDevices_KeepLatestCheckIn()
    {
        var result = await PullDevicesAsync(new Dictionary<string, string?>());
        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);

        var ids = devices.Select(device => device.DeviceId[^1..]).ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "7", "8"], ids);
        Assert.Equal(new DateTimeOffset(2024, 9, 20, 8, 0, 0, TimeSpan.Zero), devices[0].LastSyncAt);
        Assert.Equal(new DateTimeOffset(2024, 9, 25, 10, 0, 0, TimeSpan.Zero), devices[3].LastSyncAt);
    }

    [Fact]
    public async Task DuplicateDevices_EachObserved()
    {
        var result = await PullDevicesAsync(new Dictionary<string, string?>());
        var observations = await _harness.ReadRecordsAsync<QualityObservation>(result);

        var duplicates = observations.Where(item => item.Kind == QualityIssueKind.Duplicate).ToList();
        Assert.Equal(2, duplicates.Count);
        Assert.Equal("a1000000-0000-4000-8000-000000000001", duplicates[0].Subject);
        Assert.Equal("a1000000-0000-4000-8000-000000000004", duplicates[1].Subject);
        Assert.StartsWith("line 7 was dropped", duplicates[0].Detail, StringComparison.Ordinal);
        Assert.StartsWith("line 5 was dropped", duplicates[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadRows_RejectedWithLocation()
    {
        var result = await PullDevicesAsync(new Dictionary<string, string?>());
        var rejects = await _harness.ReadRejectsAsync(result);

        Assert.Equal(2, rejects.Count);
        Assert.EndsWith("devices.csv", rejects[0].File, StringComparison.Ordinal);
        Assert.Equal(9, rejects[0].Line);
        Assert.Equal("Last check-in", rejects[0].Field);
        Assert.Equal("pas une date", rejects[0].Value);
        Assert.Equal(10, rejects[1].Line);
        Assert.Equal("Device ID", rejects[1].Field);
        Assert.Null(rejects[1].Value);
    }

    [Fact]
    public async Task SnapshotDate_TakenFromSettings()
    {
        var result = await PullDevicesAsync(new Dictionary<string, string?> { ["SnapshotDate"] = "2024-09-26" });
        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);

        Assert.All(devices, device => Assert.Equal(new DateOnly(2024, 9, 26), device.SnapshotDate));
    }

    [Fact]
    public async Task StoreDeviceNamesOff_DropsNames()
    {
        var result = await PullDevicesAsync(new Dictionary<string, string?> { ["StoreDeviceNames"] = "false" });
        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);

        Assert.All(devices, device => Assert.Null(device.DeviceName));
    }

    [Fact]
    public async Task MissingFile_FailsNamingPathAndKey()
    {
        var settings = new Dictionary<string, string?> { ["Files:0"] = "absent.csv" };

        var result = await _harness.PullAsync(new IntuneDeviceExportConnector(), settings, September);

        Assert.False(result.Succeeded);
        Assert.Contains(Path.Combine(_harness.DataDirectory, "absent.csv"), result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Files:0", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FolderPath_FailsNamingFolder()
    {
        Directory.CreateDirectory(Path.Combine(_harness.DataDirectory, "exports"));
        var settings = new Dictionary<string, string?> { ["Files:0"] = "exports" };

        var result = await _harness.PullAsync(new IntuneDeviceExportConnector(), settings, September);

        Assert.False(result.Succeeded);
        Assert.Contains($"{Path.Combine(_harness.DataDirectory, "exports")} is a folder, not a file", result.Failure,
            StringComparison.Ordinal);
        Assert.Contains("Set Connectors:source:Files:0 to the path of a file", result.Failure,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneRowFile_LoggedInSingular()
    {
        _harness.WriteFile("one.csv", "Device ID,Last check-in\r\nd1,2024-09-20 08:00:00\r\n");

        await _harness.PullAsync(new IntuneDeviceExportConnector(),
            new Dictionary<string, string?> { ["Files:0"] = "one.csv" }, September);

        var read = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2101);
        Assert.StartsWith("Read 1 row from ", read.Message, StringComparison.Ordinal);
        var written = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2130);
        Assert.StartsWith("Wrote 1 device for ", written.Message, StringComparison.Ordinal);
        var unmapped = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2121);
        Assert.Equal("Wrote 1 device without an establishment: no rule matched", unmapped.Message);
    }

    [Fact]
    public async Task UnclosedQuote_CostsItsOwnRowOnly()
    {
        _harness.WriteFile("quote.csv", "\"Device ID\",\"Last check-in\",\"OS version\"\r\n"
            + "\"d1\",\"2024-09-20 08:00:00\",\"10.0\"\r\n"
            + "\"d2\",\"2024-09-20 08:00:00\",\"unterminated value\r\n"
            + "\"d3\",\"2024-09-21 08:00:00\",\"10.0\"\r\n");

        var result = await _harness.PullAsync(new IntuneDeviceExportConnector(),
            new Dictionary<string, string?> { ["Files:0"] = "quote.csv" }, September);
        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
        var reject = Assert.Single(await _harness.ReadRejectsAsync(result));

        Assert.Equal(["d1", "d3"], devices.Select(device => device.DeviceId));
        Assert.Equal(3L, reject.Line);
        Assert.Contains("never closed", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingIdColumn_FailsNamingKey()
    {
        var result = await PullDevicesAsync(new Dictionary<string, string?> { ["Columns:DeviceId"] = "Intune ID" });

        Assert.False(result.Succeeded);
        Assert.Contains("'Intune ID'", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Columns:DeviceId", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidSettings_ListEveryKey()
    {
        var settings = new Dictionary<string, string?>
        {
            ["TimeZone"] = "Mars/Olympus",
            ["Mapping:Rules:0:Name"] = "naming",
            ["Mapping:Rules:0:Kind"] = "NamePattern",
            ["Mapping:Rules:0:Pattern"] = @"^\d{7}[A-Z]",
            ["Mapping:Rules:1:Name"] = "categories",
            ["Mapping:Rules:1:Kind"] = "CategoryMap",
            ["Mapping:Rules:1:Categories:Lycée"] = "0350022X",
        };

        var result = await _harness.PullAsync(new IntuneDeviceExportConnector(), settings, September);

        Assert.False(result.Succeeded);
        Assert.Contains("Connectors:source:Files:", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:TimeZone:", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Mapping:Rules:0:Pattern:", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Mapping:Rules:1:Categories:Lycée:", result.Failure,
            StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();

    private async Task<IReadOnlyList<DeviceSnapshot>> PullNeverSeenExportAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = _harness.CopyTestData("07-intune-min-date-0001-01-01/intune-export.csv"),
            ["StoreDeviceNames"] = "true",
        };
        var result = await _harness.PullAsync(new IntuneDeviceExportConnector(), settings, October);
        return await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
    }

    private Task<PullResult> PullDevicesAsync(Dictionary<string, string?> settings)
    {
        settings["Files:0"] = _harness.CopyTestData("intune-device-export/devices.csv");
        return _harness.PullAsync(new IntuneDeviceExportConnector(), settings, September);
    }
}
