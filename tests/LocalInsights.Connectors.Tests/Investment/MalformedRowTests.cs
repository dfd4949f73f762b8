using LocalInsights.Connectors.Investment;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.Tests.Investment;

/// <summary>Bad rows go to the rejects with their file, line, column, value and reason, and the pull goes on.</summary>
public sealed class MalformedRowTests : IDisposable
{
    private const string Register =
        "N° inventaire;Établissement (UAI);Désignation;Date d'acquisition;Quantité;Montant HT\r\n"
        + "INV-1;0350122T;Tablette;15/09/2023;2;500,00 €\r\n"
        + "INV-2;0350122T;Tablette;15/09/2023;1;12,5,0 €\r\n"
        + "INV-3;0350122T;Tablette;31/02/2023;1;100\r\n"
        + "INV-4;0350122U;Tablette;15/09/2023;1;100\r\n"
        + "INV-5;0350122T;Tablette;15/09/2023;-2;100\r\n"
        + "INV-6;0350122T;;15/09/2023;1;100\r\n"
        + "INV-7;0350122T;Tablette;15/09/2023;1;100;oubli\r\n"
        + "INV-8;0350122T;Tablette;15/09/2023;1;100\r\n"
        + "INV-9;350122T;Tablette;2023-13-01;1;abc\r\n"
        + "INV-10;0350122T;\"Tablette;15/09/2023;1;100\r\n";

    private readonly ConnectorHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task MalformedRows_RunContinues()
    {
        var result = await PullAsync();

        var lines = await _harness.ReadRecordsAsync<InvestmentLine>(result);
        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(10, result.Read);
        Assert.Equal(8, result.Rejected);
        Assert.Equal(["INV-1", "INV-8"], lines.Select(line => line.Reference));
    }

    [Fact]
    public async Task MalformedRows_RejectedWithLocation()
    {
        var rejects = await _harness.ReadRejectsAsync(await PullAsync());

        Assert.All(rejects, reject => Assert.Equal("registre.csv", reject.File));
        Assert.Equal([3L, 4L, 5L, 6L, 7L, 8L, 10L, 11L], rejects.Select(reject => reject.Line));
        string?[] fields =
        [
            "Montant HT", "Date d'acquisition", "Établissement (UAI)", "Quantité", "Désignation", null, "Montant HT",
            null,
        ];
        Assert.Equal(fields, rejects.Select(reject => reject.Field));
        Assert.Equal(["12,5,0 €", "31/02/2023", "0350122U", "-2", null, null, "abc", null],
            rejects.Select(reject => reject.Value));
    }

    [Fact]
    public async Task MalformedRows_ReasonsSayWhatToFix()
    {
        var rejects = await _harness.ReadRejectsAsync(await PullAsync());

        Assert.Contains("not a number: write it like 1 234,50 €", rejects[0].Reason, StringComparison.Ordinal);
        Assert.Contains("not a date: write it as dd/mm/yyyy", rejects[1].Reason, StringComparison.Ordinal);
        Assert.Contains("invalid UAI code: check letter U does not match", rejects[2].Reason, StringComparison.Ordinal);
        Assert.Contains("the quantity is negative", rejects[3].Reason, StringComparison.Ordinal);
        Assert.Contains("the value is missing: every line needs its Désignation", rejects[4].Reason,
            StringComparison.Ordinal);
        Assert.Contains("the line has 7 values where the header has 6", rejects[5].Reason, StringComparison.Ordinal);
        Assert.Contains("never closed", rejects[7].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralProblems_ListedInOneReject()
    {
        var rejects = await _harness.ReadRejectsAsync(await PullAsync());

        var reject = rejects[6];
        Assert.Contains("Other problems on this line", reject.Reason, StringComparison.Ordinal);
        Assert.Contains("Date d'acquisition '2023-13-01'", reject.Reason, StringComparison.Ordinal);
        Assert.Contains("Établissement (UAI) '350122T': invalid UAI code: 7 characters: was a leading zero lost? "
            + "(candidate 0350122T)", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUai_ObservedForQualityReport()
    {
        var result = await PullAsync();

        var observations = await _harness.ReadRecordsAsync<QualityObservation>(result);
        Assert.Equal(["0350122U", "350122T"],
            observations.Where(item => item.Kind == QualityIssueKind.InvalidUai).Select(item => item.Subject));
    }

    [Fact]
    public async Task RejectedRows_LoggedAsWarning()
    {
        await PullAsync();

        var warning = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2002);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("8 rows rejected", warning.Message, StringComparison.Ordinal);
    }

    private async Task<PullResult> PullAsync()
    {
        _harness.WriteFile("registre.csv", Register);
        return await _harness.PullAsync(new InvestmentRegisterConnector(),
            new Dictionary<string, string?> { ["Files:0"] = "registre.csv" }, PullWindow.ForMonth(2024, 9));
    }
}
