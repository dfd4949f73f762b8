using ClosedXML.Excel;
using LocalInsights.Connectors.DeviceExports.Intune;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Tests.DeviceExports;

public sealed class DeviceMappingTests : IDisposable
{
    private static readonly PullWindow September = PullWindow.ForMonth(2024, 9);
    private readonly ConnectorHarness _harness = new();

    [Fact]
    public async Task NamePattern_MapsFirstDevice()
    {
        var devices = await PullDevicesAsync();

        // Its serial number is also listed for 0350024L, but the name rule comes first.
        Assert.Equal("0350022J", devices["1"].Uai);
        Assert.Equal("naming convention", devices["1"].MappingRule);
    }

    [Fact]
    public async Task CategoryMap_MapsCategoryLabel()
    {
        var devices = await PullDevicesAsync();

        Assert.Equal("0350024L", devices["2"].Uai);
        Assert.Equal("categories", devices["2"].MappingRule);
    }

    [Fact]
    public async Task SerialNumbers_MapFromDeliveryList()
    {
        var devices = await PullDevicesAsync();

        Assert.Equal("0350002M", devices["3"].Uai);
        Assert.Equal("deliveries", devices["3"].MappingRule);
    }

    [Fact]
    public async Task SerialNumbers_MapFromWorkbookRegister()
    {
        var devices = await PullDevicesAsync();

        Assert.Equal("0351019T", devices["8"].Uai);
        Assert.Equal("deliveries", devices["8"].MappingRule);
    }

    [Fact]
    public async Task UnmatchedDevices_WrittenWithoutUai()
    {
        var devices = await PullDevicesAsync();

        foreach (var id in new[] { "4", "5", "7" })
        {
            Assert.Null(devices[id].Uai);
            Assert.Null(devices[id].MappingRule);
        }
    }

    [Fact]
    public async Task UnmappedDevices_CountedPerReason()
    {
        var result = await PullAsync();
        var observations = await _harness.ReadRecordsAsync<QualityObservation>(result);

        var unmapped = observations.Where(item => item.Kind == QualityIssueKind.UnmappedDevice)
            .ToDictionary(item => item.Subject, item => item.Count);
        Assert.Equal(2, unmapped.Count);
        Assert.Equal(2, unmapped["no rule matched"]);
        Assert.Equal(1, unmapped["rule 'naming convention' gave an invalid UAI"]);
    }

    [Fact]
    public async Task InvalidPatternUai_RejectedAndObserved()
    {
        var result = await PullAsync();
        var rejects = await _harness.ReadRejectsAsync(result);
        var observations = await _harness.ReadRecordsAsync<QualityObservation>(result);

        var reject = Assert.Single(rejects, item => item.Field == "mapping rule 'naming convention'");
        Assert.EndsWith("devices.csv", reject.File, StringComparison.Ordinal);
        Assert.Equal(6, reject.Line);
        Assert.Equal("0350022X", reject.Value);
        Assert.Contains(observations, item => item.Kind == QualityIssueKind.InvalidUai && item.Subject == "0350022X");
    }

    [Fact]
    public async Task AmbiguousSerial_ObservedNotUsed()
    {
        var result = await PullAsync();
        var observations = await _harness.ReadRecordsAsync<QualityObservation>(result);

        var ambiguous = Assert.Single(observations, item => item.Subject == "SN-AMBIG");
        Assert.Equal(QualityIssueKind.Duplicate, ambiguous.Kind);
        Assert.Contains("0350022J, 0350024L", ambiguous.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidDeliveryLine_RejectedWithLocation()
    {
        var result = await PullAsync();
        var rejects = await _harness.ReadRejectsAsync(result);

        var reject = Assert.Single(rejects, item => item.File.EndsWith("serials.csv", StringComparison.Ordinal));
        Assert.Equal(6, reject.Line);
        Assert.Equal("uai", reject.Field);
        Assert.Equal("0350022X", reject.Value);
    }

    [Fact]
    public async Task MissingRuleColumn_FailsNamingKey()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = _harness.CopyTestData("intune-device-export/devices.csv"),
            ["Mapping:Rules:0:Name"] = "groups",
            ["Mapping:Rules:0:Kind"] = "CategoryMap",
            ["Mapping:Rules:0:Field"] = "Group",
            ["Mapping:Rules:0:Categories:Lycée"] = "0350022J",
        };

        var result = await _harness.PullAsync(new IntuneDeviceExportConnector(), settings, September);

        Assert.False(result.Succeeded);
        Assert.Contains("'Group'", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Mapping:Rules:0:Field", result.Failure, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();

    private async Task<IReadOnlyDictionary<string, DeviceSnapshot>> PullDevicesAsync()
    {
        var result = await PullAsync();
        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
        return devices.ToDictionary(device => device.DeviceId[^1..]);
    }

    private Task<PullResult> PullAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = _harness.CopyTestData("intune-device-export/devices.csv"),
            ["Mapping:Rules:0:Name"] = "naming convention",
            ["Mapping:Rules:0:Kind"] = "NamePattern",
            ["Mapping:Rules:0:Pattern"] = @"^(?<uai>\d{7}[A-Z])-",
            ["Mapping:Rules:1:Name"] = "categories",
            ["Mapping:Rules:1:Kind"] = "CategoryMap",
            ["Mapping:Rules:1:Categories:Lycée Emile Zola"] = "0350024L",
            ["Mapping:Rules:2:Name"] = "deliveries",
            ["Mapping:Rules:2:Kind"] = "SerialNumbers",
            ["Mapping:Rules:2:SerialFiles:0:Path"] = _harness.CopyTestData("device-mapping/serials.csv"),
            ["Mapping:Rules:2:SerialFiles:1:Path"] = WriteRegisterWorkbook(),
        };
        return _harness.PullAsync(new IntuneDeviceExportConnector(), settings, September);
    }

    /// <summary>Writes an investment register whose serial numbers are a number and a comma-separated list.</summary>
    private string WriteRegisterWorkbook()
    {
        var path = Path.Combine(_harness.DataDirectory, "registre.xlsx");
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Registre");
        sheet.Cell(1, 1).Value = "N° inventaire";
        sheet.Cell(1, 2).Value = "Établissement (UAI)";
        sheet.Cell(1, 3).Value = "Numéros de série";
        sheet.Cell(2, 1).Value = "INV-2024-0001";
        sheet.Cell(2, 2).Value = "0351019T";
        sheet.Cell(2, 3).Value = 123456789;
        sheet.Cell(3, 1).Value = "INV-2024-0002";
        sheet.Cell(3, 2).Value = "0351019T";
        sheet.Cell(3, 3).Value = "SN-X1, SN-X2";
        sheet.Cell(4, 1).Value = "INV-2024-0003";
        sheet.Cell(4, 2).Value = "0351019T";
        workbook.SaveAs(path);
        return "registre.xlsx";
    }
}
