using System.Globalization;
using System.Text;
using LocalInsights.Connectors.DeviceExports;
using LocalInsights.Connectors.DeviceExports.Glpi;
using LocalInsights.Connectors.DeviceExports.Intune;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;

namespace LocalInsights.Connectors.Tests.DeviceExports;

/// <summary>
/// One pull over a month of daily exports with <c>SnapshotDateFromFileName</c>: each file is dated by its name,
/// files are read newest first, and each device is written once from the newest snapshot that lists it.
/// </summary>
public sealed class DailyExportTests : IDisposable
{
    private const string Header = "Device ID,Last check-in,OS version\r\n";
    private const string DailyPattern = "intune/intune-devices-2026-11-*.csv";
    private static readonly PullWindow November = PullWindow.ForMonth(2026, 11);
    private readonly ConnectorHarness _harness = new();

    public DailyExportTests()
    {
        Directory.CreateDirectory(Path.Combine(_harness.DataDirectory, "intune"));
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task DeviceOnEveryDay_WrittenOnceFromNewest()
    {
        WriteThreeDays();

        var devices = await PullDevicesAsync(DailyPattern);

        var device = Assert.Single(devices, item => item.DeviceId.Equals("d-all", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 11, 3), device.SnapshotDate);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 7, 0, 0, TimeSpan.Zero), device.LastSyncAt);
        Assert.Equal("10.0.3", device.OsVersion);
        Assert.DoesNotContain(devices, item => item.DeviceId.Equals("D-ALL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewestSnapshot_WinsOverLaterCheckIn()
    {
        _harness.WriteFile("intune/intune-devices-2026-11-02.csv", Header + "d1,2026-11-02 09:00:00,old\r\n");
        _harness.WriteFile("intune/intune-devices-2026-11-03.csv", Header + "d1,2026-10-20 09:00:00,new\r\n");

        var devices = await PullDevicesAsync(DailyPattern);

        var device = Assert.Single(devices);
        Assert.Equal("new", device.OsVersion);
        Assert.Equal(new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero), device.LastSyncAt);
        Assert.Equal(new DateOnly(2026, 11, 3), device.SnapshotDate);
    }

    [Fact]
    public async Task DeviceOnlyOnFirstDay_KeepsItsSnapshot()
    {
        WriteThreeDays();

        var devices = await PullDevicesAsync(DailyPattern);

        var device = Assert.Single(devices, item => item.DeviceId == "d-left");
        Assert.Equal(new DateOnly(2026, 11, 1), device.SnapshotDate);
        Assert.Equal(new DateTimeOffset(2026, 10, 30, 16, 0, 0, TimeSpan.Zero), device.LastSyncAt);
        Assert.Equal("10.0.1", device.OsVersion);
    }

    [Fact]
    public async Task Devices_InNewestFirstOrder()
    {
        WriteThreeDays();

        var devices = await PullDevicesAsync(DailyPattern);

        Assert.Equal(["d-all", "d-new", "d-twice", "d-left"], devices.Select(device => device.DeviceId));
        Assert.Equal([3, 3, 2, 1], devices.Select(device => device.SnapshotDate.Day));
        Assert.All(devices, device => Assert.Equal(11, device.SnapshotDate.Month));
    }

    [Fact]
    public async Task OlderRows_SkippedBeforeParsing()
    {
        WriteThreeDays();

        var result = await PullAsync(DailyPattern);

        // Day 1 lists D-ALL with a check-in that is not a date, so the row would be rejected if it were parsed.
        Assert.Empty(await _harness.ReadRejectsAsync(result));
        Assert.Equal(7, result.Read);
        var skipped = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2123);
        Assert.Equal("Skipped 2 rows of devices already read from a newer snapshot", skipped.Message);
    }

    [Fact]
    public async Task OlderRows_NotDuplicates()
    {
        WriteThreeDays();

        var result = await PullAsync(DailyPattern);

        var observations = await _harness.ReadRecordsAsync<QualityObservation>(result);
        var duplicate = Assert.Single(observations, item => item.Kind == QualityIssueKind.Duplicate);
        Assert.Equal("d-twice", duplicate.Subject);
    }

    [Fact]
    public async Task SameDayDuplicate_KeepsLatestCheckIn()
    {
        WriteThreeDays();

        var result = await PullAsync(DailyPattern);

        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
        var device = Assert.Single(devices, item => item.DeviceId == "d-twice");
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), device.LastSyncAt);
        var observations = await _harness.ReadRecordsAsync<QualityObservation>(result);
        var duplicate = Assert.Single(observations, item => item.Kind == QualityIssueKind.Duplicate);
        Assert.Equal("intune/intune-devices-2026-11-02.csv", duplicate.File);
        Assert.Equal("line 3 was dropped because intune/intune-devices-2026-11-02.csv line 4 lists the same device "
            + "with the latest check-in", duplicate.Detail);
        var logged = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2120);
        Assert.StartsWith("Dropped 1 duplicate row:", logged.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ChangingOrders_EachDeviceFromNewest(int seed)
    {
        // Each day lists most devices, partly in the order of the day after and partly shuffled, so that the
        // device expected at the next position is sometimes the right one and sometimes not.
        var random = new Random(seed);
        var newest = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var day = 1; day <= 4; day++)
        {
            var ids = Enumerable.Range(0, 300).Where(_ => random.Next(10) != 0).Select(id => $"dev-{id:000}").ToList();
            if (day % 2 == 0)
            {
                ids = [.. ids.OrderBy(_ => random.Next())];
            }

            var text = new StringBuilder(Header);
            foreach (var id in ids)
            {
                text.Append(CultureInfo.InvariantCulture, $"{id},2026-11-0{day} 08:00:00,day {day}\r\n");
                newest[id] = day;
            }

            _harness.WriteFile($"intune/intune-devices-2026-11-0{day}.csv", text.ToString());
        }

        var devices = await PullDevicesAsync(DailyPattern);

        Assert.Equal(newest.Count, devices.Count);
        Assert.Equal(newest.Count, devices.Select(device => device.DeviceId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(devices, device => Assert.Equal($"day {newest[device.DeviceId]}", device.OsVersion));
        Assert.All(devices, device => Assert.Equal(newest[device.DeviceId], device.SnapshotDate.Day));
    }

    [Fact]
    public async Task CheckInBefore2000_KeptAndObserved()
    {
        _harness.WriteFile("intune/intune-devices-2026-11-03.csv", Header
            + "d-typo,0219-03-14 00:00:00.0000000,1\r\n"
            + "d-ole,1899-12-30 00:00:00,1\r\n"
            + "d-never,0001-01-01 00:00:00.0000000,1\r\n"
            + "d-ok,2026-11-02 08:00:00,1\r\n");

        var result = await PullAsync(DailyPattern);
        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
        var observation = Assert.Single(await _harness.ReadRecordsAsync<QualityObservation>(result),
            item => item.Kind == QualityIssueKind.ImplausibleDate);

        Assert.Equal(4, devices.Count);
        Assert.Equal(new DateTimeOffset(219, 3, 14, 0, 0, 0, TimeSpan.Zero), devices[0].LastSyncAt);
        Assert.Null(devices[2].LastSyncAt);
        Assert.Equal("Last check-in", observation.Subject);
        Assert.Equal(2, observation.Count);
        Assert.Empty(await _harness.ReadRejectsAsync(result));
    }

    [Fact]
    public async Task UnreadableEnrolment_DeviceKept()
    {
        _harness.WriteFile("intune/intune-devices-2026-11-03.csv", "Device ID,Enrollment date,Last check-in\r\n"
            + "d-bad,pas une date,2026-11-02 08:00:00\r\n"
            + "d-ok,2025-09-01 08:00:00,2026-11-02 08:00:00\r\n");

        var result = await PullAsync(DailyPattern);
        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
        var observation = Assert.Single(await _harness.ReadRecordsAsync<QualityObservation>(result),
            item => item.Kind == QualityIssueKind.ImplausibleDate);

        Assert.Equal(["d-bad", "d-ok"], devices.Select(device => device.DeviceId));
        Assert.Null(devices[0].EnrolledAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero), devices[0].LastSyncAt);
        Assert.Equal("Enrollment date", observation.Subject);
        Assert.Equal(1, observation.Count);
        Assert.Empty(await _harness.ReadRejectsAsync(result));
    }

    [Fact]
    public async Task WrittenCount_LoggedWithDateRange()
    {
        WriteThreeDays();

        await PullAsync(DailyPattern);

        var written = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2131);
        Assert.Equal("Wrote 4 devices from the snapshots of 2026-11-01 to 2026-11-03: 0 mapped, 4 unmapped",
            written.Message);
        Assert.DoesNotContain(_harness.Logs.Entries, entry => entry.EventId.Id == 2130);
    }

    [Fact]
    public async Task LatestDevices_IncludeDeviceThatLeft()
    {
        WriteThreeDays();
        Assert.True((await PullAsync(DailyPattern)).Succeeded);

        var devices = new List<DeviceSnapshot>();
        var reader = new CanonicalReader(_harness.Store);
        await foreach (var device in reader.ReadLatestDevicesAsync(
                           ConnectorHarness.Environment, November, CancellationToken.None))
        {
            devices.Add(device);
        }

        Assert.Equal(["d-all", "d-new", "d-twice", "d-left"], devices.Select(device => device.DeviceId));
        Assert.Equal(new DateOnly(2026, 11, 1), devices[3].SnapshotDate);
    }

    [Fact]
    public async Task FilesOutsideWindow_SkippedAndLogged()
    {
        WriteThreeDays();

        // Neither file is a valid export, so the pull would fail if either were read.
        _harness.WriteFile("intune/intune-devices-2026-10-31.csv", "not,an,export\r\n");
        _harness.WriteFile("intune/intune-devices-2026-12-01.csv", "not,an,export\r\n");

        var result = await PullAsync("intune/intune-devices-*.csv");

        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
        Assert.Equal(4, devices.Count);
        Assert.All(devices, device => Assert.True(November.Contains(device.SnapshotDate)));
        var skipped = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2105);
        Assert.Equal("Skipped 2 files whose file-name date is outside the pull window 2026-11-01..2026-11-30",
            skipped.Message);
        var perFile = _harness.Logs.Entries.Where(entry => entry.EventId.Id == 2106).ToList();
        Assert.Equal(2, perFile.Count);
        Assert.Contains("intune-devices-2026-10-31.csv", perFile[0].Message, StringComparison.Ordinal);
        Assert.Contains("intune-devices-2026-12-01.csv", perFile[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryFileOutsideWindow_Fails()
    {
        _harness.WriteFile("intune/intune-devices-2026-10-30.csv", Header + "d1,2026-10-30 08:00:00,1\r\n");
        _harness.WriteFile("intune/intune-devices-2026-10-31.csv", Header + "d1,2026-10-31 08:00:00,1\r\n");

        var result = await PullAsync("intune/intune-devices-*.csv");

        Assert.False(result.Succeeded);
        Assert.Contains("none of the 2 files of Connectors:source:Files is dated in the month 2026-11 by its name",
            result.Failure, StringComparison.Ordinal);
        Assert.Contains("from 2026-10-30 to 2026-10-31", result.Failure, StringComparison.Ordinal);
        Assert.Null(result.Manifest);
    }

    [Fact]
    public async Task OnlyFileOutsideWindow_FailsNamingIt()
    {
        _harness.WriteFile("intune/intune-devices-2026-12-01.csv", Header + "d1,2026-12-01 08:00:00,1\r\n");

        var result = await PullAsync("intune/intune-devices-2026-12-01.csv");

        Assert.False(result.Succeeded);
        Assert.Contains("the only file of Connectors:source:Files, intune/intune-devices-2026-12-01.csv, is dated "
            + "2026-12-01 by its name, outside the month 2026-11", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameWithoutDate_FailsNamingFileAndKey()
    {
        WriteThreeDays();
        _harness.WriteFile("intune/intune-devices-2026-11-latest.csv", Header + "d1,2026-11-20 08:00:00,1\r\n");

        var result = await PullAsync(DailyPattern);

        Assert.False(result.Succeeded);
        Assert.Contains("file intune/intune-devices-2026-11-latest.csv has no date in its name", result.Failure,
            StringComparison.Ordinal);
        Assert.Contains("Connectors:source:SnapshotDateFromFileName is true", result.Failure, StringComparison.Ordinal);
        Assert.Contains("or change Connectors:source:Files:0 so that it no longer selects it", result.Failure,
            StringComparison.Ordinal);
        Assert.Null(result.Manifest);
    }

    [Fact]
    public async Task NameWithTwoDates_FailsListingThem()
    {
        _harness.WriteFile("intune/devices-2026-11-01-to-20261107.csv", Header + "d1,2026-11-01 08:00:00,1\r\n");

        var result = await PullAsync("intune/devices-2026-11-01-to-20261107.csv");

        Assert.False(result.Succeeded);
        Assert.Contains("file intune/devices-2026-11-01-to-20261107.csv has 2 dates in its name "
            + "(2026-11-01, 2026-11-07)", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Files:0", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameWithImpossibleDate_FailsNamingIt()
    {
        _harness.WriteFile("intune/devices-2026-11-31.csv", Header + "d1,2026-11-01 08:00:00,1\r\n");

        var result = await PullAsync("intune/devices-2026-11-31.csv");

        Assert.False(result.Succeeded);
        Assert.Contains("file intune/devices-2026-11-31.csv has no valid date in its name "
            + "(2026-11-31 is not a calendar date)", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothDateSettings_FailValidation()
    {
        WriteThreeDays();
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = DailyPattern,
            ["SnapshotDateFromFileName"] = "true",
            ["SnapshotDate"] = "2026-11-30",
        };

        var result = await _harness.PullAsync(new IntuneDeviceExportConnector(), settings, November);

        Assert.False(result.Succeeded);
        Assert.Contains("Connector 'source' has invalid settings: Connectors:source:SnapshotDate: must not be set "
            + "when SnapshotDateFromFileName is true", result.Failure, StringComparison.Ordinal);
        Assert.Null(result.Manifest);
    }

    [Fact]
    public async Task PatternWithoutMatch_FailsNamingPatternAndKey()
    {
        WriteThreeDays();

        var result = await PullAsync("intune/intune-devices-2026-12-*.csv");

        Assert.False(result.Succeeded);
        var pattern = Path.Combine(_harness.DataDirectory, "intune", "intune-devices-2026-12-*.csv");
        Assert.Contains($"no file matches the pattern {pattern}", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Files:0", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameDate_KeepsConfiguredOrder()
    {
        _harness.WriteFile("intune/b-2026-11-05.csv", Header + "d-b,2026-11-05 08:00:00,b\r\n");
        _harness.WriteFile("intune/a-2026-11-05.csv", Header + "d-a,2026-11-05 08:00:00,a\r\n");
        _harness.WriteFile("intune/c-2026-11-06.csv", Header + "d-c,2026-11-06 08:00:00,c\r\n");
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = "intune/b-2026-11-05.csv",
            ["Files:1"] = "intune/a-2026-11-05.csv",
            ["Files:2"] = "intune/c-2026-11-06.csv",
            ["SnapshotDateFromFileName"] = "true",
        };

        var result = await _harness.PullAsync(new IntuneDeviceExportConnector(), settings, November);

        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
        Assert.Equal(["d-c", "d-b", "d-a"], devices.Select(device => device.DeviceId));
    }

    [Fact]
    public async Task LateCheckIn_ComparedWithFileDate()
    {
        // Day 1 was exported on 1 November, so a check-in on 5 November is late there but not in day 5.
        WriteExport("intune/intune-devices-2026-11-01.csv", lateRows: 1, onTimeRows: 19, prefix: "day1");
        _harness.WriteFile("intune/intune-devices-2026-11-05.csv", Header + "day5-00,2026-11-05 08:00:00,1\r\n");

        var result = await PullAsync(DailyPattern);

        var reject = Assert.Single(await _harness.ReadRejectsAsync(result));
        Assert.Equal("intune/intune-devices-2026-11-01.csv", reject.File);
        Assert.Equal("2026-11-05 08:00:00", reject.Value);
        Assert.Equal("checked in on 2026-11-05, after the snapshot date 2026-11-01 written in the file name: the "
            + "export was taken later; rename the file with the day it was taken", reject.Reason);
        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
        Assert.Equal(20, devices.Count);
        Assert.Equal(new DateOnly(2026, 11, 5), devices[0].SnapshotDate);
    }

    [Fact]
    public async Task MostlyLateFile_FailsNamingFileDate()
    {
        WriteExport("intune/intune-devices-2026-11-01.csv", lateRows: 3, onTimeRows: 17, prefix: "day1");
        _harness.WriteFile("intune/intune-devices-2026-11-05.csv", Header + "day5-00,2026-11-05 08:00:00,1\r\n");

        var result = await PullAsync(DailyPattern);

        Assert.False(result.Succeeded);
        Assert.Contains("file intune/intune-devices-2026-11-01.csv is newer than the date 2026-11-01 in its name: "
            + "3 of its 20 parsed rows checked in more than a day after that snapshot date", result.Failure,
            StringComparison.Ordinal);
        Assert.Contains("Rename the file with the day the export was taken", result.Failure,
            StringComparison.Ordinal);
        Assert.Null(result.Manifest);
    }

    [Fact]
    public async Task LateShare_CountsParsedRowsOnly()
    {
        // Day 1 has 2 late rows of 30 (7 %), but 18 of its on-time rows are devices of day 5 and are skipped,
        // so 2 of the 12 rows parsed (17 %) are late.
        WriteExport("intune/intune-devices-2026-11-01.csv", lateRows: 2, onTimeRows: 28, prefix: "dev");
        WriteExport("intune/intune-devices-2026-11-05.csv", lateRows: 0, onTimeRows: 18, prefix: "dev", skip: 2);

        var result = await PullAsync(DailyPattern);

        Assert.False(result.Succeeded);
        Assert.Contains("2 of its 12 parsed rows checked in", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GlpiCompactDate_ReadFromName()
    {
        _harness.WriteFile("glpi-20261107.csv", "ID;Dernière modification\r\n1;2026-11-07 10:00\r\n");
        _harness.WriteFile("glpi-20261103.csv",
            "ID;Dernière modification\r\n1;2026-11-03 10:00\r\n2;2026-11-03 11:00\r\n");
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = "glpi-*.csv",
            ["SnapshotDateFromFileName"] = "true",
        };

        var result = await _harness.PullAsync(new GlpiComputerExportConnector(), settings, November);

        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
        Assert.Equal(["1", "2"], devices.Select(device => device.DeviceId));
        Assert.Equal(new DateOnly(2026, 11, 7), devices[0].SnapshotDate);
        Assert.Equal(new DateOnly(2026, 11, 3), devices[1].SnapshotDate);
    }

    [Theory]
    [InlineData("intune-devices-2026-11-07.csv", "2026-11-07")]
    [InlineData("export_20261107.csv", "2026-11-07")]
    [InlineData("2026-11-07.csv", "2026-11-07")]
    [InlineData("v2-2026-11-07-0630.csv", "2026-11-07")]
    public void FileName_GivesOneDate(string fileName, string expected)
    {
        var (dates, invalid) = DeviceExportFiles.FindDates(fileName);

        var date = Assert.Single(dates);
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), date);
        Assert.Empty(invalid);
    }

    [Theory]
    [InlineData("intune-devices.csv")]
    [InlineData("intune-devices-2026-11.csv")]
    [InlineData("export-202611071.csv")]
    [InlineData("export-12026-11-07.csv")]
    public void FileName_GivesNoDate(string fileName)
    {
        var (dates, _) = DeviceExportFiles.FindDates(fileName);

        Assert.Empty(dates);
    }

    private async Task<IReadOnlyList<DeviceSnapshot>> PullDevicesAsync(string pattern) =>
        await _harness.ReadRecordsAsync<DeviceSnapshot>(await PullAsync(pattern));

    private Task<PullResult> PullAsync(string pattern) =>
        _harness.PullAsync(new IntuneDeviceExportConnector(),
            new Dictionary<string, string?> { ["Files:0"] = pattern, ["SnapshotDateFromFileName"] = "true" },
            November);

    /// <summary>
    /// Writes three daily exports. d-all is listed every day (as D-ALL with an invalid check-in on day 1),
    /// d-left only on day 1, d-twice twice on day 2 and d-new only on day 3.
    /// </summary>
    private void WriteThreeDays()
    {
        _harness.WriteFile("intune/intune-devices-2026-11-01.csv", Header
            + "D-ALL,pas une date,10.0.1\r\n"
            + "d-left,2026-10-30 16:00:00,10.0.1\r\n");
        _harness.WriteFile("intune/intune-devices-2026-11-02.csv", Header
            + "d-all,2026-11-02 07:00:00,10.0.2\r\n"
            + "d-twice,2026-11-01 08:00:00,10.0.2\r\n"
            + "d-twice,2026-11-02 09:00:00,10.0.2\r\n");
        _harness.WriteFile("intune/intune-devices-2026-11-03.csv", Header
            + "d-all,2026-11-03 07:00:00,10.0.3\r\n"
            + "d-new,2026-11-03 06:00:00,10.0.3\r\n");
    }

    /// <summary>
    /// Writes an export whose first <paramref name="lateRows"/> devices checked in on 5 November and the next
    /// <paramref name="onTimeRows"/> on 1 November, numbered from <paramref name="skip"/>.
    /// </summary>
    private void WriteExport(string name, int lateRows, int onTimeRows, string prefix, int skip = 0)
    {
        var text = new StringBuilder(Header);
        for (var index = 0; index < lateRows + onTimeRows; index++)
        {
            var checkIn = index < lateRows ? "2026-11-05 08:00:00" : "2026-11-01 08:00:00";
            text.Append(CultureInfo.InvariantCulture, $"{prefix}-{index + skip:00},{checkIn},1\r\n");
        }

        _harness.WriteFile(name, text.ToString());
    }
}
