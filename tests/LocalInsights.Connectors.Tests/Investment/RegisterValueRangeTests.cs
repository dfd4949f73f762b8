using LocalInsights.Connectors.Investment;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Tests.Investment;

/// <summary>
/// Values that parse but cannot be right are rejected: an acquisition year before 1990 or after 2100, and a
/// depreciation period of zero or fewer years.
/// </summary>
public sealed class RegisterValueRangeTests : IDisposable
{
    private const string Header =
        "N° inventaire;Établissement (UAI);Désignation;Date d'acquisition;Montant HT;Durée amort. (ans)\r\n";

    private readonly ConnectorHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task ImplausibleYears_Rejected()
    {
        var result = await PullAsync(Header
            + "Y-1;0350122T;PC;31/12/1989;100;4\r\n"
            + "Y-2;0350122T;PC;01/01/2101;100;4\r\n"
            + "Y-3;0350122T;PC;15/09/0024;100;4\r\n");

        var rejects = await _harness.ReadRejectsAsync(result);
        Assert.Equal([2L, 3L, 4L], rejects.Select(reject => reject.Line));
        Assert.All(rejects, reject => Assert.Equal("Date d'acquisition", reject.Field));
        Assert.StartsWith("implausible year 1989:", rejects[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("implausible year 2101:", rejects[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("implausible year 24:", rejects[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BoundaryYears_Accepted()
    {
        var result = await PullAsync(Header
            + "B-1;0350122T;PC;01/01/1990;100;4\r\n"
            + "B-2;0350122T;PC;31/12/2100;100;4\r\n");

        var lines = await _harness.ReadRecordsAsync<InvestmentLine>(result);
        Assert.Equal(
            [new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31)], lines.Select(line => line.AcquisitionDate));
    }

    [Fact]
    public async Task ZeroDepreciation_RejectedNotReplaced()
    {
        var result = await PullAsync(Header
            + "D-0;0350122T;PC;15/09/2024;100;0\r\n"
            + "D-1;0350122T;PC;15/09/2024;100;-3\r\n"
            + "D-2;0350122T;PC;15/09/2024;100;\r\n");

        var rejects = await _harness.ReadRejectsAsync(result);
        Assert.Equal(["0", "-3"], rejects.Select(reject => reject.Value));
        Assert.All(rejects, reject => Assert.Equal("Durée amort. (ans)", reject.Field));
        Assert.All(rejects, reject => Assert.StartsWith("the depreciation period must be at least 1 year",
            reject.Reason, StringComparison.Ordinal));
        var line = Assert.Single(await _harness.ReadRecordsAsync<InvestmentLine>(result));
        Assert.Equal("D-2", line.Reference);
        Assert.Null(line.DepreciationYears);
    }

    [Fact]
    public async Task OneRejectedRow_LoggedInSingular()
    {
        await PullAsync(Header + "Y-1;0350122T;PC;31/12/1989;100;4\r\nY-2;0350122T;PC;15/09/2024;100;4\r\n");

        var warning = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2002);
        Assert.Contains("registre.csv: 1 row rejected.", warning.Message, StringComparison.Ordinal);
        var summary = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2006);
        Assert.EndsWith("1 file, 2 rows read, 1 line written, 1 row rejected", summary.Message,
            StringComparison.Ordinal);
    }

    private Task<PullResult> PullAsync(string register)
    {
        _harness.WriteFile("registre.csv", register);
        return _harness.PullAsync(new InvestmentRegisterConnector(),
            new Dictionary<string, string?> { ["Files:0"] = "registre.csv" }, PullWindow.ForMonth(2024, 9));
    }
}
