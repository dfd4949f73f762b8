using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using LocalInsights.Core.Model;
using LocalInsights.Reports.Excel.Tables;

namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>
/// Streams the worksheet XML of the device list with <see cref="OpenXmlWriter"/>, one element at a time, so memory
/// does not grow with the number of rows.
/// </summary>
/// <remarks>
/// Element order follows the worksheet schema: sheetViews (frozen header), cols (fixed widths, which must come
/// before the data, so they cannot be measured from it), sheetData, then autoFilter. Text is written as inline
/// strings, which need no shared string table and are never formulas.
/// </remarks>
internal sealed class DeviceSheetWriter : IDisposable
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private readonly OpenXmlWriter writer;
    private readonly IReadOnlyList<DeviceListColumn> columns;
    private readonly DeviceListStyles styles;
    private readonly TimeZoneInfo timeZone;
    private readonly string[] columnNames;

    public DeviceSheetWriter(
        Stream destination,
        string sheetName,
        IReadOnlyList<DeviceListColumn> columns,
        DeviceListStyles styles,
        TimeZoneInfo timeZone)
    {
        writer = OpenXmlWriter.Create(destination);
        this.columns = columns;
        this.styles = styles;
        this.timeZone = timeZone;
        columnNames = Enumerable.Range(1, columns.Count).Select(ColumnName).ToArray();
        Issues = columns.Select(column => new ColumnIssues(sheetName, column.Header)).ToArray();
    }

    /// <summary>Rows written so far, the header included.</summary>
    public int RowCount { get; private set; }

    /// <summary>Values changed or left empty, per column, in column order.</summary>
    public IReadOnlyList<ColumnIssues> Issues { get; }

    /// <summary>Writes everything before the first data row: views, column widths and the header.</summary>
    public void WriteStart()
    {
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FrozenHeaderView());
        writer.WriteElement(ColumnWidthsElement());
        writer.WriteStartElement(new SheetData());

        StartRow();
        for (var index = 0; index < columns.Count; index++)
        {
            WriteInlineString(index, columns[index].Header, styles.Header);
        }

        writer.WriteEndElement();
    }

    /// <summary>Writes one device as the next row.</summary>
    public void WriteRow(DeviceSnapshot device, DeviceActivityRule rule)
    {
        StartRow();
        for (var index = 0; index < columns.Count; index++)
        {
            var column = columns[index];
            WriteCell(index, column.Kind, column.Value(device, rule));
        }

        writer.WriteEndElement();
    }

    /// <summary>Closes the sheet data and writes the autofilter over the header and every data row.</summary>
    public void WriteEnd()
    {
        writer.WriteEndElement();
        var lastCell = columnNames[^1] + RowCount.ToString(CultureInfo.InvariantCulture);
        writer.WriteElement(new AutoFilter { Reference = $"A1:{lastCell}" });
        writer.WriteEndElement();
        writer.Close();
    }

    public void Dispose() => writer.Dispose();

    private void StartRow()
    {
        RowCount++;
        var rowNumber = RowCount.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, rowNumber)]);
    }

    private void WriteCell(int index, ColumnKind kind, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                WriteText(index, text);
                return;
            case int number:
                WriteNumber(index, number.ToString(CultureInfo.InvariantCulture), styles.Integer);
                return;
            case DateOnly date:
                WriteDate(index, date.ToDateTime(TimeOnly.MinValue), styles.Date);
                return;
            case DateTimeOffset instant:
                WriteDate(index, ToReportTime(instant), styles.DateTime);
                return;
            default:
                throw new ArgumentException(
                    $"Column {columns[index].Header} ({kind}) got a {value.GetType().Name} value, which it cannot "
                    + "write; give a string, int, DateOnly or DateTimeOffset.", nameof(value));
        }
    }

    private void WriteText(int index, string text)
    {
        var cleaned = SafeCell.Clean(text);
        if (!string.Equals(cleaned, text, StringComparison.Ordinal))
        {
            Issues[index].AlteredTexts++;
        }

        if (cleaned.Length == 0)
        {
            return;
        }

        var style = SafeCell.StartsLikeFormula(cleaned) ? styles.QuotedText : (uint?)null;
        WriteInlineString(index, cleaned, style);
    }

    // The date rules of SafeDate: sentinels leave the cell empty, dates before 1900 become ISO 8601 text.
    private void WriteDate(int index, DateTime value, uint style)
    {
        switch (SafeDate.Classify(DateOnly.FromDateTime(value)))
        {
            case DateCellKind.Sentinel:
                Issues[index].SentinelDates++;
                return;
            case DateCellKind.Text:
                Issues[index].TextDates++;
                var format = value.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm";
                WriteInlineString(index, value.ToString(format, CultureInfo.InvariantCulture), style: null);
                return;
            default:
                var serial = SafeDate.ToExcelSerial(value).ToString("R", CultureInfo.InvariantCulture);
                WriteNumber(index, serial, style);
                return;
        }
    }

    private void WriteNumber(int index, string value, uint style)
    {
        writer.WriteStartElement(new Cell(), [Reference(index), Style(style)]);
        writer.WriteElement(new CellValue(value));
        writer.WriteEndElement();
    }

    private void WriteInlineString(int index, string text, uint? style)
    {
        List<OpenXmlAttribute> attributes = [Reference(index), new OpenXmlAttribute("t", string.Empty, "inlineStr")];
        if (style is { } styleIndex)
        {
            attributes.Add(Style(styleIndex));
        }

        writer.WriteStartElement(new Cell(), attributes);
        writer.WriteStartElement(new InlineString());
        writer.WriteStartElement(new Text(), PreserveSpace(text));
        writer.WriteString(text);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private OpenXmlAttribute Reference(int index) =>
        new("r", string.Empty, columnNames[index] + RowCount.ToString(CultureInfo.InvariantCulture));

    private static OpenXmlAttribute Style(uint style) =>
        new("s", string.Empty, style.ToString(CultureInfo.InvariantCulture));

    // XML readers drop leading and trailing white space unless xml:space="preserve" is set.
    private static OpenXmlAttribute[] PreserveSpace(string text) =>
        char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])
            ? [new OpenXmlAttribute("xml", "space", XmlNamespace, "preserve")]
            : [];

    private DateTime ToReportTime(DateTimeOffset instant) => SafeDate.ToReportTime(instant, timeZone);

    private static SheetViews FrozenHeaderView() =>
        new(new SheetView(
            new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            },
            new Selection
            {
                Pane = PaneValues.BottomLeft, ActiveCell = "A2",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" },
            })
        { WorkbookViewId = 0 });

    private Columns ColumnWidthsElement()
    {
        var element = new Columns();
        for (var index = 0; index < columns.Count; index++)
        {
            var number = (uint)index + 1;
            element.Append(new Column { Min = number, Max = number, Width = columns[index].Width, CustomWidth = true });
        }

        return element;
    }

    private static string ColumnName(int number)
    {
        var name = string.Empty;
        for (var rest = number; rest > 0; rest = (rest - 1) / 26)
        {
            name = (char)('A' + ((rest - 1) % 26)) + name;
        }

        return name;
    }
}
