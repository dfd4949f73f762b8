using ClosedXML.Excel;

namespace LocalInsights.Reports.Excel.Tables;

/// <summary>
/// Column widths estimated from the length of the longest text or formatted value in each column.
/// </summary>
/// <remarks>
/// <c>AdjustToContents</c> measures text with the workbook font, which fails on Linux machines without fonts or
/// libgdiplus. A length in characters is close enough for the report's fonts and needs nothing installed.
/// </remarks>
internal sealed class ColumnWidths
{
    /// <summary>Narrowest column, in characters of the default font.</summary>
    public const int MinWidth = 8;

    /// <summary>Widest column; longer text is cut off visually but kept in the cell.</summary>
    public const int MaxWidth = 60;

    // Room for the cell padding, and in headers also for the filter button.
    private const int CellPadding = 2;
    private const int FilterButtonWidth = 3;

    private readonly Dictionary<int, int> maxLengths = [];

    public void ObserveHeader(int column, string header) => Observe(column, header.Length + FilterButtonWidth);

    public void Observe(int column, int length)
    {
        if (!maxLengths.TryGetValue(column, out var current) || length > current)
        {
            maxLengths[column] = length;
        }
    }

    /// <summary>Sets the width of every observed column of <paramref name="sheet"/> and returns how many.</summary>
    public int Apply(IXLWorksheet sheet)
    {
        foreach (var (column, length) in maxLengths)
        {
            sheet.Column(column).Width = WidthFor(length);
        }

        return maxLengths.Count;
    }

    public static int WidthFor(int length) => Math.Clamp(length + CellPadding, MinWidth, MaxWidth);
}
