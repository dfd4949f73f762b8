using LocalInsights.Connectors.Graph.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;

namespace LocalInsights.Connectors.Graph.Tests;

/// <summary>
/// Managed devices that checked in more than a day after the day the listing was taken are rejected. The test
/// clock reads 2024-10-07 06:00 UTC.
/// </summary>
public sealed class CheckInDateTests : IAsyncLifetime
{
    private const string DevicesPath = "/deviceManagement/managedDevices";

    private const string Page = """
        {
          "@odata.count": 3,
          "value": [
            { "id": "d1", "deviceName": "PC-01", "lastSyncDateTime": "2024-10-20T08:00:00Z" },
            { "id": "d2", "deviceName": "PC-02", "lastSyncDateTime": "2024-10-03T08:00:00Z" },
            { "id": "d3", "deviceName": "PC-03", "lastSyncDateTime": "2024-10-08T23:00:00Z" }
          ]
        }
        """;

    private FakeGraphServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Check_in_after_today_is_rejected()
    {
        using var harness = new GraphHarness();

        var result = await PullAsync(harness, DeviceSettings());

        Assert.True(result.Succeeded, result.Failure);
        var devices = await harness.ReadAsync<DeviceSnapshot>();
        Assert.Equal(["d2", "d3"], devices.Select(device => device.DeviceId).Order());
        var reject = Assert.Single(await ReadRejectsAsync(harness, result));
        Assert.Contains(";lastSyncDateTime;2024-10-20T08:00:00Z;", reject, StringComparison.Ordinal);
        Assert.Contains("managed device d1 checked in on 2024-10-20, after the snapshot date 2024-10-07 (today on "
            + "this machine)", reject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_in_after_snapshot_date_is_rejected()
    {
        using var harness = new GraphHarness();
        var settings = DeviceSettings();
        settings["SnapshotDate"] = "2024-10-02";

        var result = await PullAsync(harness, settings);

        Assert.True(result.Succeeded, result.Failure);
        var devices = await harness.ReadAsync<DeviceSnapshot>();
        Assert.Equal(["d2"], devices.Select(device => device.DeviceId));
        var rejects = await ReadRejectsAsync(harness, result);
        Assert.Equal(2, rejects.Count);
        Assert.All(rejects, reject => Assert.Contains("set SnapshotDate to the day they were recorded", reject,
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task Grace_days_keep_recent_check_ins()
    {
        using var harness = new GraphHarness();
        var september = PullWindow.ForMonth(2024, 9);

        var result = await PullAsync(harness, DeviceSettings(), september);

        Assert.True(result.Succeeded, result.Failure);
        var devices = await harness.ReadAsync<DeviceSnapshot>(september);
        Assert.Equal(["d2", "d3"], devices.Select(device => device.DeviceId).Order());
        Assert.All(devices, device => Assert.Equal(new DateOnly(2024, 9, 30), device.SnapshotDate));
    }

    [Fact]
    public async Task Rejected_device_is_no_count_mismatch()
    {
        using var harness = new GraphHarness();

        var result = await PullAsync(harness, DeviceSettings());

        Assert.True(result.Succeeded, result.Failure);
        var observations = await harness.ReadAsync<QualityObservation>();
        Assert.DoesNotContain(observations, item => item.Kind == QualityIssueKind.CountMismatch);
    }

    [Fact]
    public async Task Single_device_logged_in_singular()
    {
        using var harness = new GraphHarness();

        await PullAsync(harness, DeviceSettings());

        var rejected = Assert.Single(harness.Logs.Entries, entry => entry.EventId == 2325);
        Assert.StartsWith("Rejected 1 managed device that checked in", rejected.Message, StringComparison.Ordinal);
        var page = Assert.Single(harness.Logs.Entries, entry => entry.EventId == 2320);
        Assert.Equal("Read managed device page 1 with 3 devices", page.Message);
    }

    private Task<PullResult> PullAsync(
        GraphHarness harness, Dictionary<string, string?> settings, PullWindow? window = null)
    {
        _server.On(DevicesPath, _server.Json(Page));
        return harness.PullAsync(settings, window);
    }

    /// <summary>Returns the data lines of the rejects file of a pull, as stored.</summary>
    private static async Task<List<string>> ReadRejectsAsync(GraphHarness harness, PullResult result)
    {
        var path = result.Manifest!.RejectsPath!;
        var bytes = await harness.Store.ReadAllBytesAsync(path, CancellationToken.None);
        using var reader = new StreamReader(new MemoryStream(bytes!));
        var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Skip(1).ToList();
    }

    private Dictionary<string, string?> DeviceSettings()
    {
        var settings = GraphHarness.BaseSettings(_server);
        settings["Devices:Enabled"] = "true";
        return settings;
    }
}
