using LocalInsights.Connectors.Graph.Tests.Support;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Graph.Tests;

public sealed class ManagedDeviceTests : IAsyncLifetime
{
    private const string DevicesPath = "/deviceManagement/managedDevices";
    private const string CountMismatchCase = "cases/06-graph-manageddevices-count-mismatch-and-duplicates/";
    private FakeGraphServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Repeated_device_keeps_latest_check_in()
    {
        ServeCountMismatchCase();
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(DeviceSettings());

        Assert.True(result.Succeeded, result.Failure);
        var devices = (await harness.ReadAsync<DeviceSnapshot>()).ToDictionary(device => device.DeviceId[^3..]);
        Assert.Equal(["011", "012", "013", "014"], devices.Keys.Order());
        Assert.Equal(new DateTimeOffset(2024, 10, 3, 8, 1, 0, TimeSpan.Zero), devices["012"].LastSyncAt);
        Assert.Equal(2, devices.Values.Count(device => device.OperatingSystem == "iOS"));
        Assert.Equal(2, devices.Values.Count(device => device.OperatingSystem == "Windows"));
        Assert.All(devices.Values, device => Assert.Equal(new DateOnly(2024, 10, 7), device.SnapshotDate));
    }

    [Fact]
    public async Task Advertised_count_mismatch_is_observed()
    {
        ServeCountMismatchCase();
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(DeviceSettings());

        Assert.True(result.Succeeded, result.Failure);
        var observations = await harness.ReadAsync<QualityObservation>();
        var mismatch = Assert.Single(observations, item => item.Kind == QualityIssueKind.CountMismatch);
        Assert.Equal(2, mismatch.Count);
        Assert.Contains("advertised 6 devices", mismatch.Detail, StringComparison.Ordinal);
        Assert.Contains("held 5 records for 4 distinct devices", mismatch.Detail, StringComparison.Ordinal);
        var duplicate = Assert.Single(observations, item => item.Kind == QualityIssueKind.Duplicate);
        Assert.Equal("7c000000-0000-4000-8000-000000000012", duplicate.Subject);
        Assert.Contains(harness.Logs.Entries, entry => entry.EventId == 2321);
    }

    [Fact]
    public async Task Next_link_is_followed_verbatim()
    {
        ServeCountMismatchCase();
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(DeviceSettings());

        Assert.True(result.Succeeded, result.Failure);
        var requests = _server.Requests.Where(request => request.Path.EndsWith(DevicesPath, StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, requests.Count);
        Assert.Contains("$count=true", Uri.UnescapeDataString(requests[0].Query), StringComparison.Ordinal);
        Assert.DoesNotContain("userPrincipalName", Uri.UnescapeDataString(requests[0].Query), StringComparison.Ordinal);
        Assert.Equal(
            "?$select=id,deviceName,operatingSystem,lastSyncDateTime,userPrincipalName,serialNumber&$count=true"
            + "&$skiptoken=Zz9hYmM",
            Uri.UnescapeDataString(requests[1].Query));
    }

    [Fact]
    public async Task Personal_fields_never_reach_storage()
    {
        ServeCountMismatchCase();
        using var harness = new GraphHarness();

        var settings = DeviceSettings();
        settings["Devices:StoreDeviceNames"] = "true";
        var result = await harness.PullAsync(settings);

        Assert.True(result.Succeeded, result.Failure);
        var stored = harness.AllStoredText();
        Assert.Contains("LYC-TAB-011", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("eleve11@lycee-exemple.example", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("eleve12", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("userPrincipalName", stored, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Device_names_dropped_by_default()
    {
        ServeCountMismatchCase();
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(DeviceSettings());

        Assert.True(result.Succeeded, result.Failure);
        Assert.DoesNotContain("LYC-TAB-011", harness.AllStoredText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sentinel_dates_mean_never()
    {
        _server.On(DevicesPath, _server.JsonFile("cases/07-intune-min-date-0001-01-01/managedDevices.page.json"));
        using var harness = new GraphHarness();

        var settings = DeviceSettings();
        settings["Devices:StoreDeviceNames"] = "true";
        var result = await harness.PullAsync(settings);

        Assert.True(result.Succeeded, result.Failure);
        var devices = (await harness.ReadAsync<DeviceSnapshot>()).ToDictionary(device => device.DeviceName!);
        Assert.Null(devices["COL-PC-002"].LastSyncAt);
        Assert.Equal(new DateTimeOffset(2024, 10, 7, 6, 58, 3, TimeSpan.Zero).AddTicks(1234567),
            devices["COL-PC-001"].LastSyncAt);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero), devices["COL-IPAD-003"].LastSyncAt);
        Assert.Equal("unknown", devices["COL-PC-002"].Status);
        Assert.Equal("noncompliant", devices["COL-IPAD-003"].Status);
    }

    [Fact]
    public async Task Documented_example_with_offsets_is_read()
    {
        _server.On(DevicesPath,
            _server.JsonFile("formats/graph-intune-managed-devices/managedDevices-list.v1.0.doc-example.json"));
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(DeviceSettings());

        Assert.True(result.Succeeded, result.Failure);
        var device = Assert.Single(await harness.ReadAsync<DeviceSnapshot>());
        Assert.Equal(new DateTimeOffset(2017, 1, 1, 8, 2, 49, TimeSpan.Zero).AddTicks(3205976), device.LastSyncAt);
        Assert.Equal("Serial Number value", device.SerialNumber);
        Assert.DoesNotContain("Phone Number value", harness.AllStoredText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapping_rules_place_devices_or_count_them()
    {
        _server.On(DevicesPath, _server.Json(MappingPage));
        using var harness = new GraphHarness();
        harness.WriteFile("deliveries.csv", "serial;uai\nSN-3;0352000J\n");
        var settings = DeviceSettings();
        settings["Devices:Mapping:Rules:0:Name"] = "names";
        settings["Devices:Mapping:Rules:0:Kind"] = "NamePattern";
        settings["Devices:Mapping:Rules:0:Pattern"] = "^(?<uai>\\d{7}[A-Z])-";
        settings["Devices:Mapping:Rules:1:Name"] = "categories";
        settings["Devices:Mapping:Rules:1:Kind"] = "CategoryMap";
        settings["Devices:Mapping:Rules:1:Categories:Lycée Exemple"] = "0351234B";
        settings["Devices:Mapping:Rules:2:Name"] = "deliveries";
        settings["Devices:Mapping:Rules:2:Kind"] = "SerialNumbers";
        settings["Devices:Mapping:Rules:2:SerialFiles:0:Path"] = "deliveries.csv";

        var result = await harness.PullAsync(settings);

        Assert.True(result.Succeeded, result.Failure);
        var devices = (await harness.ReadAsync<DeviceSnapshot>()).ToDictionary(device => device.DeviceId);
        Assert.Equal(("0350122T", "names"), (devices["d1"].Uai, devices["d1"].MappingRule));
        Assert.Equal(("0351234B", "categories"), (devices["d2"].Uai, devices["d2"].MappingRule));
        Assert.Equal(("0352000J", "deliveries"), (devices["d3"].Uai, devices["d3"].MappingRule));
        Assert.Null(devices["d4"].Uai);
        Assert.Null(devices["d5"].Uai);
        var unmapped = (await harness.ReadAsync<QualityObservation>())
            .Where(item => item.Kind == QualityIssueKind.UnmappedDevice)
            .ToDictionary(item => item.Subject, item => item.Count);
        Assert.Equal(1, unmapped["no rule matched"]);
        Assert.Equal(1, unmapped["rule 'names' gave an invalid UAI"]);
    }

    [Fact]
    public async Task Failed_page_fails_the_pull()
    {
        _server.On(DevicesPath,
            _server.JsonFile(CountMismatchCase + "page-1.json"),
            _server.Json("""{"error":{"code":"InternalServerError","message":"Something failed."}}""", 500));
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(DeviceSettings());

        Assert.False(result.Succeeded);
        Assert.Contains("Graph answered 500 to GET /deviceManagement/managedDevices (page 2)", result.Failure,
            StringComparison.Ordinal);
        Assert.Empty(await harness.ReadAsync<DeviceSnapshot>());
        Assert.Empty(await new Core.Storage.CanonicalReader(harness.Store)
            .ListManifestsAsync(GraphHarness.Environment, GraphHarness.October2024, CancellationToken.None));
    }

    private const string MappingPage = """
        {
          "value": [
            { "id": "d1", "deviceName": "0350122T-PC-01", "serialNumber": "SN-1", "operatingSystem": "Windows" },
            { "id": "d2", "deviceName": "PC-02", "deviceCategoryDisplayName": "Lycée Exemple",
              "serialNumber": "SN-2" },
            { "id": "d3", "deviceName": "PC-03", "serialNumber": "SN-3" },
            { "id": "d4", "deviceName": "PC-04", "serialNumber": "SN-4" },
            { "id": "d5", "deviceName": "0350122A-PC-05", "serialNumber": "SN-5" }
          ]
        }
        """;

    private void ServeCountMismatchCase() => _server.On(DevicesPath,
        _server.JsonFile(CountMismatchCase + "page-1.json"), _server.JsonFile(CountMismatchCase + "page-2.json"));

    private Dictionary<string, string?> DeviceSettings()
    {
        var settings = GraphHarness.BaseSettings(_server);
        settings["Devices:Enabled"] = "true";
        return settings;
    }
}
