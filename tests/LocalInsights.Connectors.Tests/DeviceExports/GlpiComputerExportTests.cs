using LocalInsights.Connectors.DeviceExports;
using LocalInsights.Connectors.DeviceExports.Glpi;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Tests.DeviceExports;

public sealed class GlpiComputerExportTests : IDisposable
{
    private const string Folder = "14-glpi-csv-export-bom-and-blank-first-line";
    private static readonly PullWindow September = PullWindow.ForMonth(2024, 9);
    private readonly ConnectorHarness _harness = new();

    public static TheoryData<string> ExportVariants => new()
    {
        "glpi10-export-computers.with-bom.csv",
        "glpi11-export-computers.no-bom.csv",
        "glpi-export-computers.blank-first-line.csv",
    };

    [Theory]
    [MemberData(nameof(ExportVariants))]
    public async Task EachVariant_GivesTwoComputers(string fileName)
    {
        var devices = await PullAsync(fileName);

        Assert.Equal(2, devices.Count);
        Assert.Equal(["FAKE0001", "FAKE0002"], devices.Select(device => device.DeviceId));
        Assert.Equal(["PC-CDI-01", "PORTABLE-ÉLÈVE-07"], devices.Select(device => device.DeviceName));
    }

    [Fact]
    public async Task AllVariants_GiveSameRecords()
    {
        var withBom = await PullAsync("glpi10-export-computers.with-bom.csv");
        var withoutBom = await PullAsync("glpi11-export-computers.no-bom.csv");
        var blankFirstLine = await PullAsync("glpi-export-computers.blank-first-line.csv");

        Assert.Equal(withBom, withoutBom);
        Assert.Equal(withBom, blankFirstLine);
    }

    [Fact]
    public async Task AccentedColumns_AreRead()
    {
        var devices = await PullAsync("glpi11-export-computers.no-bom.csv");
        var laptop = devices[1];

        Assert.Equal("FAKE0002", laptop.SerialNumber);
        Assert.Equal("LENOVO", laptop.Manufacturer);
        Assert.Equal("ThinkPad L14", laptop.Model);
        Assert.Equal("En réparation", laptop.Status);
        Assert.Equal(new DateOnly(2024, 9, 30), laptop.SnapshotDate);
    }

    [Fact]
    public async Task LastModification_IsParisLocalTime()
    {
        var devices = await PullAsync("glpi10-export-computers.with-bom.csv");

        // Paris is on summer time (UTC+2) on both dates.
        Assert.Equal(new DateTimeOffset(2024, 9, 30, 14, 2, 0, TimeSpan.FromHours(2)), devices[0].LastSyncAt);
        Assert.Equal(new DateTimeOffset(2024, 10, 1, 9, 15, 0, TimeSpan.FromHours(2)), devices[1].LastSyncAt);
    }

    [Fact]
    public async Task EntityPath_MapsByLastSegment()
    {
        var entities = _harness.CopyTestData("device-mapping/entities.json");

        var devices = await PullAsync("glpi-export-computers.blank-first-line.csv", new()
        {
            ["Mapping:Rules:0:Name"] = "entités",
            ["Mapping:Rules:0:Kind"] = "CategoryMap",
            ["Mapping:Rules:0:CategoryFile"] = entities,
        });

        Assert.All(devices, device => Assert.Equal("0350022J", device.Uai));
        Assert.All(devices, device => Assert.Equal("entités", device.MappingRule));
    }

    [Fact]
    public async Task LineBreakTags_BecomeSeparators()
    {
        var devices = await PullAsync("glpi10-export-computers.with-bom.csv", new()
        {
            ["Mapping:Rules:0:Name"] = "processeurs",
            ["Mapping:Rules:0:Kind"] = "CategoryMap",
            ["Mapping:Rules:0:Field"] = "Composants - Processeur",
            ["Mapping:Rules:0:Categories:AMD Ryzen 5 PRO 4650U | AMD Radeon Graphics"] = "0350024L",
        });

        Assert.Null(devices[0].Uai);
        Assert.Equal("0350024L", devices[1].Uai);
    }

    [Fact]
    public async Task LocationTable_MapsChosenColumn()
    {
        _harness.WriteFile("lieux.csv", "lieu;uai\r\nBâtiment A > CDI;0350022J\r\n");

        var devices = await PullAsync("glpi10-export-computers.with-bom.csv", new()
        {
            ["Mapping:Rules:0:Name"] = "lieux",
            ["Mapping:Rules:0:Kind"] = "CategoryMap",
            ["Mapping:Rules:0:Field"] = "Lieu",
            ["Mapping:Rules:0:CategoryFile"] = "lieux.csv",
        });

        Assert.Equal("0350022J", devices[0].Uai);
        Assert.Equal("lieux", devices[0].MappingRule);
        Assert.Null(devices[1].Uai);
    }

    [Theory]
    [InlineData("Un<br>Deux", "Un | Deux")]
    [InlineData("Un <BR/> Deux<br />Trois", "Un | Deux | Trois")]
    [InlineData("Sans balise", "Sans balise")]
    public void CleanValue_ReplacesLineBreakTags(string value, string expected)
    {
        Assert.Equal(expected, GlpiComputerExportConnector.CleanValue(value));
    }

    [Fact]
    public async Task MissingIdColumn_UsesSerialNumber()
    {
        var devices = await PullAsync("glpi11-export-computers.no-bom.csv");

        Assert.Equal(devices.Select(device => device.SerialNumber), devices.Select(device => device.DeviceId));
    }

    [Fact]
    public async Task PlaceholderSerials_IdentifiedByName()
    {
        const string Header = "Nom;Entité;Numéro de série;Modèle;Dernière modification\r\n";
        var rows = string.Concat(
            "PC-00;Lycée;To be filled by O.E.M.;X0;2024-09-30 08:00\r\n",
            "PC-01;Lycée;To Be Filled By O.E.M.;X1;2024-09-30 08:00\r\n",
            "PC-02;Lycée; to be filled by o.e.m. ;X2;2024-09-30 08:00\r\n",
            "PC-03;Lycée;;X3;2024-09-30 08:00\r\n",
            "PC-04;Lycée;Default string;X4;2024-09-30 08:00\r\n",
            "PC-05;Lycée;00000000;X5;2024-09-30 08:00\r\n",
            "PC-05;Lycée;Default string;X5;2024-09-30 09:00\r\n",
            "PC-06;Lycée;SN-REAL-06;X6;2024-09-30 08:00\r\n");
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = _harness.WriteFile("placeholders.csv", Header + rows), ["SnapshotDate"] = "2024-09-30",
        };

        var result = await _harness.PullAsync(new GlpiComputerExportConnector(), settings, September);
        var devices = await _harness.ReadRecordsAsync<DeviceSnapshot>(result);

        // Seven computers: PC-05 is listed twice, under two placeholders, and kept once with its later row.
        Assert.Equal(["X0", "X1", "X2", "X3", "X4", "X5", "X6"], devices.Select(device => device.Model));
        Assert.Equal("SN-REAL-06", devices[6].DeviceId);
        Assert.All(devices.Take(6), device => Assert.StartsWith("name-", device.DeviceId, StringComparison.Ordinal));
        Assert.DoesNotContain(devices, device => device.DeviceId.Contains("PC-", StringComparison.Ordinal));
        Assert.Equal(new DateTimeOffset(2024, 9, 30, 9, 0, 0, TimeSpan.FromHours(2)), devices[5].LastSyncAt);
        Assert.Empty(await _harness.ReadRejectsAsync(result));
        Assert.Contains(_harness.Logs.Entries, entry => entry.EventId.Id == 2124);
    }

    [Theory]
    [InlineData("To be filled by O.E.M.", true)]
    [InlineData(" default STRING ", true)]
    [InlineData("00000000", true)]
    [InlineData("X", true)]
    [InlineData("PF3ABC12", false)]
    [InlineData("001", false)]
    [InlineData("", false)]
    public void Placeholder_KnownOrOneRepeatedCharacter(string serial, bool expected)
    {
        Assert.Equal(expected, PlaceholderSerials.IsPlaceholder(serial));
    }

    public void Dispose() => _harness.Dispose();

    private async Task<IReadOnlyList<DeviceSnapshot>> PullAsync(
        string fileName, Dictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = _harness.CopyTestData($"{Folder}/{fileName}"),
            ["SnapshotDate"] = "2024-09-30",
            ["StoreDeviceNames"] = "true",
        };
        foreach (var (key, value) in extraSettings ?? [])
        {
            settings[key] = value;
        }

        var result = await _harness.PullAsync(new GlpiComputerExportConnector(), settings, September);
        return await _harness.ReadRecordsAsync<DeviceSnapshot>(result);
    }
}
