using System.Globalization;
using ClosedXML.Excel;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Core.Devices.Mapping;

/// <summary>Reads the serial number and UAI cells of a CSV or <c>.xlsx</c> serial number file.</summary>
internal static class SerialTableReader
{
    /// <summary>Streams the rows of a CSV file, or reads a workbook's sheet whole (registers are small).</summary>
    public static IEnumerable<SerialTableRow> Read(
        PullContext context, SerialNumberFileOptions options, string key, string path) =>
        path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? ReadWorkbook(context, options, key, path)
            : ReadCsv(context, options, key, path);

    private static IEnumerable<SerialTableRow> ReadCsv(
        PullContext context, SerialNumberFileOptions options, string key, string path)
    {
        using var file = ConnectorFiles.OpenDelimited(context, path, $"{key}:Path", options.Encoding,
            options.Separator);
        var (serialColumn, uaiColumn) = SerialTableColumns.Resolve(context, options, key, path, file.Header);
        var serialIndex = file.IndexOf(serialColumn);
        var uaiIndex = file.IndexOf(uaiColumn);
        foreach (var row in file.ReadRows())
        {
            yield return new SerialTableRow(row.Line, row.Get(serialIndex), row.Get(uaiIndex));
        }
    }

    private static List<SerialTableRow> ReadWorkbook(
        PullContext context, SerialNumberFileOptions options, string key, string path)
    {
        using var workbook = OpenWorkbook(context, path, key);
        var sheet = SelectSheet(context, workbook, options.Sheet, path, key);
        var used = sheet.RangeUsed();
        if (used is null)
        {
            return [];
        }

        var headerRow = used.FirstRow();
        var columns = headerRow.CellsUsed()
            .Select(cell => (Name: cell.GetString().Trim(), Number: cell.Address.ColumnNumber))
            .Where(column => column.Name.Length > 0)
            .ToList();
        var (serialColumn, uaiColumn) = SerialTableColumns.Resolve(
            context, options, key, path, columns.Select(column => column.Name).ToList());
        var serialNumber = columns.First(column => column.Name == serialColumn).Number;
        var uaiNumber = columns.First(column => column.Name == uaiColumn).Number;

        var rows = new List<SerialTableRow>();
        var first = headerRow.RowNumber() + 1;
        var last = used.LastRow().RowNumber();
        for (var number = first; number <= last; number++)
        {
            rows.Add(new SerialTableRow(
                number, CellText(sheet.Cell(number, serialNumber)), CellText(sheet.Cell(number, uaiNumber))));
        }

        return rows;
    }

    private static XLWorkbook OpenWorkbook(PullContext context, string path, string key)
    {
        try
        {
            return new XLWorkbook(path);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new ConnectorException(
                $"Workbook {path} cannot be opened ({exception.Message}); check the file named in "
                + $"{ConnectorFiles.SettingsKey(context, key)}:Path.", exception);
        }
    }

    private static IXLWorksheet SelectSheet(
        PullContext context, XLWorkbook workbook, string? sheet, string path, string key)
    {
        if (string.IsNullOrWhiteSpace(sheet))
        {
            return workbook.Worksheets.First();
        }

        return workbook.Worksheets.TryGetWorksheet(sheet, out var found)
            ? found
            : throw new ConnectorException(
                $"Workbook {path} has no sheet '{sheet}'; its sheets are "
                + $"{string.Join(", ", workbook.Worksheets.Select(item => $"'{item.Name}'"))}. "
                + $"Fix {ConnectorFiles.SettingsKey(context, key)}:Sheet.");
    }

    private static string? CellText(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return null;
        }

        // A serial number typed as digits is stored as a number: write it back without a decimal part.
        var text = cell.DataType == XLDataType.Number
            ? cell.GetDouble().ToString("0.##########", CultureInfo.InvariantCulture)
            : cell.GetString();
        text = text.Trim();
        return text.Length == 0 ? null : text;
    }
}
