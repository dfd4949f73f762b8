using LocalInsights.Core.Model;
using LocalInsights.Reports.Excel.Tables;

namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>
/// One column of the device list: header, cell type, a width fixed before the rows are streamed, and the value
/// of a device.
/// </summary>
/// <param name="Header">Header text.</param>
/// <param name="Kind">Cell type and number format; only Text, Integer, Date and DateTime are written.</param>
/// <param name="ValueLength">Display length in characters of a typical value, used for the width.</param>
/// <param name="Value">Value of a device: string, int, DateOnly or DateTimeOffset, or null for an empty cell.</param>
internal sealed record DeviceListColumn(
    string Header,
    ColumnKind Kind,
    int ValueLength,
    Func<DeviceSnapshot, DeviceActivityRule, object?> Value)
{
    // Room in the header for the autofilter button, as ColumnWidths leaves it.
    private const int FilterButtonWidth = 3;

    /// <summary>Column width in characters of the default font.</summary>
    public double Width => ColumnWidths.WidthFor(Math.Max(Header.Length + FilterButtonWidth, ValueLength));
}
