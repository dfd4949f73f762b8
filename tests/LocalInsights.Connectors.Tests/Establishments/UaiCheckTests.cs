using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Establishments;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Tests.Establishments;

/// <summary>
/// Ten UAI codes as real files write them: valid ones that naive validators refuse, impossible check letters
/// from official open data, a lost leading zero, a missing letter, lower case and spaces.
/// </summary>
public sealed class UaiCheckTests : IDisposable
{
    private const string CaseFile = "22-uai-check-letter-validation/uai-list.csv";
    private readonly ConnectorHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("0180777X", "0180777X")]
    [InlineData("0350122T", "0350122T")]
    [InlineData(" 0350266z ", "0350266Z")]
    [InlineData("0751234J", "0751234J")]
    public void ValidCode_PassesAfterNormalising(string text, string normalised)
    {
        var check = Uai.Check(text);

        Assert.True(check.IsValid, check.Reason);
        Assert.Equal(normalised, check.Normalised);
    }

    [Theory]
    [InlineData("0350122U", "check letter U does not match the digits, which give T", null)]
    [InlineData("0351122O", "check letter O is never used (I, O and Q are excluded); the digits give E", null)]
    [InlineData("0351019O", "check letter O is never used (I, O and Q are excluded); the digits give T", null)]
    [InlineData("0000856A", "check letter A does not match the digits, which give F", null)]
    [InlineData("350122T", "7 characters: was a leading zero lost?", "0350122T")]
    [InlineData("0350122", "the check letter is missing", "0350122T")]
    public void InvalidCode_ExplainedNeverCorrected(string text, string reason, string? suggestion)
    {
        var check = Uai.Check(text);

        Assert.False(check.IsValid);
        Assert.Equal(reason, check.Reason);
        Assert.Equal(suggestion, check.Suggestion);
        Assert.Equal(text, check.Normalised);
    }

    [Fact]
    public void CaseFile_HasTenCodes()
    {
        var codes = ReadCaseCodes();

        Assert.Equal(10, codes.Count);
        Assert.Equal(4, codes.Count(code => Uai.Check(code.Text).IsValid));
    }

    [Fact]
    public async Task CheckUaiAsync_RejectsInvalidCodes()
    {
        var (result, returned) = await CheckAllAsync();

        var rejects = await _harness.ReadRejectsAsync(result);
        Assert.Equal(["0350122U", "0351122O", "0351019O", "350122T", "0350122", "0000856A"],
            rejects.Select(reject => reject.Value));
        Assert.All(rejects, reject => Assert.Equal("uai-list.csv", reject.File));
        Assert.Equal([4L, 5L, 6L, 8L, 9L, 10L], rejects.Select(reject => reject.Line));
        Assert.Equal(["0180777X", "0350122T", "0350266Z", "0751234J"], returned.OfType<string>());
    }

    [Fact]
    public async Task CheckUaiAsync_FlagsLostLeadingZero()
    {
        var (result, _) = await CheckAllAsync();

        var reject = Assert.Single(await _harness.ReadRejectsAsync(result), reject => reject.Value == "350122T");
        Assert.Equal("invalid UAI code: 7 characters: was a leading zero lost? (candidate 0350122T)", reject.Reason);
    }

    [Fact]
    public async Task CheckUaiAsync_NeverMergesOLetter()
    {
        var (result, returned) = await CheckAllAsync();

        var observations = await _harness.ReadRecordsAsync<QualityObservation>(result);
        var invalid = Assert.Single(observations, item => item.Subject == "0351019O");
        Assert.Equal(QualityIssueKind.InvalidUai, invalid.Kind);
        Assert.DoesNotContain("0351019T", returned);
        Assert.DoesNotContain(observations, item => item.Subject == "0351019T");
    }

    [Fact]
    public async Task UnknownValidCode_IsWarningOnly()
    {
        var (result, _) = await CheckAllAsync();

        var observations = await _harness.ReadRecordsAsync<QualityObservation>(result);
        Assert.Equal(["0180777X", "0350266Z", "0751234J"],
            observations.Where(item => item.Kind == QualityIssueKind.UnknownUai).Select(item => item.Subject));
        Assert.Equal(6, observations.Count(item => item.Kind == QualityIssueKind.InvalidUai));
    }

    private static List<(long Line, string Text)> ReadCaseCodes()
    {
        using var file = DelimitedFile.Open(Path.Combine(AppContext.BaseDirectory, "TestData", CaseFile));
        var column = file.IndexOf("uai");
        return file.ReadRows().Select(row => (row.Line, row.Fields[column])).ToList();
    }

    /// <summary>
    /// Checks every code of the case file through a pull whose directory contains two establishments.
    /// </summary>
    private async Task<(PullResult Result, List<string?> Returned)> CheckAllAsync()
    {
        var directory = new EstablishmentDirectory([Establishment("0350122T"), Establishment("0351019T")]);
        var returned = new List<string?>();
        var connector = new DelegateConnector(async (context, cancellationToken) =>
        {
            foreach (var (line, text) in ReadCaseCodes())
            {
                returned.Add(await context.CheckUaiAsync(text, "uai-list.csv", line, "uai", cancellationToken));
            }
        });

        var result = await _harness.PullAsync(connector, new Dictionary<string, string?>(),
            PullWindow.ForMonth(2024, 9), directory);

        Assert.True(result.Succeeded, result.Failure);
        return (result, returned);
    }

    private static Establishment Establishment(string uai) => new(
        Uai.Parse(uai), "École " + uai, EstablishmentKind.Ecole, true, "35016", "Baulon", "035", Funder.Commune, 100);
}
