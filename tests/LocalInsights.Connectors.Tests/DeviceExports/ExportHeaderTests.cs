using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Tests.DeviceExports;

/// <summary>
/// Exports saved with a UTF-8 byte order mark, read through <see cref="DelimitedFile"/> as every export connector
/// reads them.
/// </summary>
public sealed class ExportHeaderTests
{
    private const string Folder = "01-graph-report-csv-utf8-bom";

    [Fact]
    public void ByteOrderMark_NotInFirstHeader()
    {
        using var file = Open("getTeamsUserActivityUserDetail.D7.with-bom.csv");

        Assert.Equal("Report Refresh Date", file.Header[0]);
        Assert.Equal(0, file.IndexOf("Report Refresh Date"));
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void MojibakePrefix_RemovedWithWarning()
    {
        using var file = Open("getTeamsUserActivityUserDetail.D7.bom-mojibake-resaved.csv");

        Assert.Equal("Report Refresh Date", file.Header[0]);
        var warning = Assert.Single(file.Warnings);
        Assert.Contains("byte order mark", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("getTeamsUserActivityUserDetail.D7.with-bom.csv")]
    [InlineData("getTeamsUserActivityUserDetail.D7.bom-mojibake-resaved.csv")]
    public void BothFiles_KeepEveryRow(string fileName)
    {
        using var file = Open(fileName);

        var rows = file.ReadRows().ToList();

        Assert.Equal(12, file.Header.Count);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Equal("2024-09-30", row.Get(file.IndexOf("Report Refresh Date"))));
        Assert.Null(rows[2].Get(file.IndexOf("Last Activity Date")));
    }

    private static DelimitedFile Open(string fileName) =>
        DelimitedFile.Open(Path.Combine(AppContext.BaseDirectory, "TestData", Folder, fileName));
}
