using LocalInsights.Connectors.Investment;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Tests.Investment;

/// <summary>Amounts given twice, amounts computed, repeated inventory numbers and category labels.</summary>
public sealed class RegisterAmountTests : IDisposable
{
    private const string Header =
        "N° inventaire;Établissement (UAI);Catégorie;Désignation;Quantité;Prix unitaire HT;Montant HT;TVA;Montant TTC;"
        + "Date d'acquisition\r\n";

    private static readonly PullWindow Window = PullWindow.ForMonth(2024, 9);
    private readonly ConnectorHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task AmountMismatch_KeptAndObserved()
    {
        var result = await PullAsync(Header + "A-1;0350122T;Matériel;PC;2;100,00;250,00;20 %;300,00;01/09/2024\r\n");

        var line = Assert.Single(await _harness.ReadRecordsAsync<InvestmentLine>(result));
        var observation = Assert.Single(await _harness.ReadRecordsAsync<QualityObservation>(result));
        Assert.Equal(250.00m, line.AmountExcludingTax);
        Assert.Equal(QualityIssueKind.AmountMismatch, observation.Kind);
        Assert.Equal("A-1", observation.Subject);
        Assert.Equal("line 2: Montant HT 250.00 differs from Quantité × Prix unitaire HT = 200.00; Montant HT is kept",
            observation.Detail);
    }

    [Fact]
    public async Task OneCentDifference_IsRounding()
    {
        var result = await PullAsync(Header + "A-1;0350122T;Matériel;PC;3;33,33;100,00;20 %;120,01;01/09/2024\r\n");

        Assert.Single(await _harness.ReadRecordsAsync<InvestmentLine>(result));
        Assert.Empty(await _harness.ReadRecordsAsync<QualityObservation>(result));
    }

    [Fact]
    public async Task IncludingTaxMismatch_Observed()
    {
        var result = await PullAsync(Header + "A-1;0350122T;Matériel;PC;1;100;100;20 %;125,00;01/09/2024\r\n");

        var observation = Assert.Single(await _harness.ReadRecordsAsync<QualityObservation>(result));
        Assert.Equal(QualityIssueKind.AmountMismatch, observation.Kind);
        Assert.Contains("Montant TTC 125.00 differs from Montant HT × (1 + TVA) = 120.00", observation.Detail,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingAmount_ComputedFromUnitPrice()
    {
        var result = await PullAsync(Header + "A-1;0350122T;Matériel;PC;3;33,335;;;;01/09/2024\r\n");

        var line = Assert.Single(await _harness.ReadRecordsAsync<InvestmentLine>(result));
        Assert.Equal(100.01m, line.AmountExcludingTax);
        Assert.Equal(3m, line.Quantity);
    }

    [Fact]
    public async Task NoAmountAtAll_Rejected()
    {
        var result = await PullAsync(Header + "A-1;0350122T;Matériel;PC;3;;;;;01/09/2024\r\n");

        var reject = Assert.Single(await _harness.ReadRejectsAsync(result));
        Assert.Equal("Montant HT", reject.Field);
        Assert.Contains("the amount is missing", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateReference_ObservedAcrossFiles()
    {
        _harness.WriteFile("registre-2023.csv", Header + "A-1;0350122T;Matériel;PC;1;100;100;;;01/09/2023\r\n");

        var result = await PullAsync(Header + "a-1 ;0351019T;Matériel;PC;1;100;100;;;01/09/2024\r\n",
            new() { ["Files:1"] = "registre-2023.csv" });

        var lines = await _harness.ReadRecordsAsync<InvestmentLine>(result);
        var duplicate = Assert.Single(await _harness.ReadRecordsAsync<QualityObservation>(result));
        Assert.Equal(2, lines.Count);
        Assert.Equal(QualityIssueKind.Duplicate, duplicate.Kind);
        Assert.Equal("registre-2023.csv", duplicate.File);
        Assert.Contains("also on registre.csv line 2", duplicate.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CategoryLabels_MappedIgnoringCase()
    {
        var result = await PullAsync(Header
            + "A-1;0350122T;MATERIEL;PC;1;;100;;;01/09/2024\r\n"
            + "A-2;0350122T;Plateforme;ENT;1;;100;;;01/09/2024\r\n"
            + "A-3;0350122T;Mobilier;Chaise;1;;100;;;01/09/2024\r\n"
            + "A-4;0350122T;;Divers;1;;100;;;01/09/2024\r\n",
            new() { ["CategoryMap:Mobilier"] = "Service" });

        var lines = await _harness.ReadRecordsAsync<InvestmentLine>(result);
        InvestmentCategory[] expected =
        [
            InvestmentCategory.Device, InvestmentCategory.Platform, InvestmentCategory.Service,
            InvestmentCategory.Other,
        ];
        Assert.Equal(expected, lines.Select(line => line.Category));
    }

    [Fact]
    public async Task UnknownCategory_RejectedWithLabels()
    {
        var result = await PullAsync(Header + "A-1;0350122T;Fournitures;Stylos;1;;10;;;01/09/2024\r\n");

        var reject = Assert.Single(await _harness.ReadRejectsAsync(result));
        Assert.Equal("Catégorie", reject.Field);
        Assert.Equal("Fournitures", reject.Value);
        Assert.Contains("use one of Licence, Matériel, Plateforme, Service, or add it under "
            + "Connectors:source:CategoryMap", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidOLetter_NeverMergedIntoValidCode()
    {
        var result = await PullAsync(Header
            + "A-1;0351019O;Matériel;PC;1;;100;;;01/09/2024\r\n"
            + "A-2;0351019T;Matériel;PC;1;;100;;;01/09/2024\r\n");

        var line = Assert.Single(await _harness.ReadRecordsAsync<InvestmentLine>(result));
        var reject = Assert.Single(await _harness.ReadRejectsAsync(result));
        Assert.Equal("A-2", line.Reference);
        Assert.Equal("0351019O", reject.Value);
        Assert.Contains("check letter O is never used", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rerun_ReplacesPreviousPull()
    {
        var register = Header + "A-1;0350122T;Matériel;PC;1;;100;;;01/09/2024\r\n"
            + "A-2;0350122T;Matériel;PC;1;;50;;;01/09/2024\r\n";

        var first = await PullAsync(register);
        var second = await PullAsync(register);

        var reader = new Core.Storage.CanonicalReader(_harness.Store);
        var manifest = Assert.Single(await reader.ListManifestsAsync(ConnectorHarness.Environment, Window,
            CancellationToken.None));
        var lines = new List<InvestmentLine>();
        await foreach (var line in reader.ReadAsync<InvestmentLine>(ConnectorHarness.Environment, Window,
                           CancellationToken.None))
        {
            lines.Add(line);
        }

        Assert.NotEqual(first.Manifest!.RunId, second.Manifest!.RunId);
        Assert.Equal(second.Manifest.RunId, manifest.RunId);
        Assert.Equal(["A-1", "A-2"], lines.Select(line => line.Reference));
        Assert.DoesNotContain(await _harness.ListStoredAsync(),
            path => path.Contains(first.Manifest.RunId, StringComparison.Ordinal));
    }

    private Task<PullResult> PullAsync(string register, Dictionary<string, string?>? settings = null)
    {
        _harness.WriteFile("registre.csv", register);
        var all = new Dictionary<string, string?>(settings ?? []) { ["Files:0"] = "registre.csv" };
        return _harness.PullAsync(new InvestmentRegisterConnector(), all, Window);
    }
}
