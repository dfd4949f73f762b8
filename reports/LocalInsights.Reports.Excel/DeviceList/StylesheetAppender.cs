using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LocalInsights.Reports.Excel.Tables;

namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>
/// Appends the cell formats of the device list to a workbook's stylesheet, keeping every existing index valid.
/// </summary>
internal static class StylesheetAppender
{
    // Built-in number format 3 is "#,##0"; custom formats are numbered from 164 (ECMA-376 Part 1, 18.8.30).
    private const uint IntegerFormatId = 3;
    private const uint FirstCustomFormatId = 164;

    public static DeviceListStyles Append(WorkbookPart workbookPart)
    {
        var stylesheet = LoadOrCreate(workbookPart);
        var fonts = stylesheet.Fonts ?? throw MissingElement("fonts");
        var cellFormats = stylesheet.CellFormats ?? throw MissingElement("cellXfs");
        var boldFontId = AppendBoldFont(fonts);
        var dateFormatId = FindOrAddNumberFormat(stylesheet, ExcelFormats.Date);
        var dateTimeFormatId = FindOrAddNumberFormat(stylesheet, ExcelFormats.DateTime);

        var styles = new DeviceListStyles(
            Header: AppendCellFormat(cellFormats, new CellFormat { FontId = boldFontId, ApplyFont = true }),
            QuotedText: AppendCellFormat(cellFormats, new CellFormat { QuotePrefix = true }),
            Integer: AppendCellFormat(cellFormats, NumberFormat(IntegerFormatId)),
            Date: AppendCellFormat(cellFormats, NumberFormat(dateFormatId)),
            DateTime: AppendCellFormat(cellFormats, NumberFormat(dateTimeFormatId)));
        stylesheet.Save();
        return styles;
    }

    private static Stylesheet LoadOrCreate(WorkbookPart workbookPart)
    {
        var part = workbookPart.WorkbookStylesPart;
        if (part is not null)
        {
            return part.Stylesheet;
        }

        // A workbook without styles is valid; these are the minimum elements Excel expects.
        part = workbookPart.AddNewPart<WorkbookStylesPart>();
        part.Stylesheet = new Stylesheet(
            new Fonts(new Font()) { Count = 1 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(new CellFormat()) { Count = 1 });
        return part.Stylesheet;
    }

    private static uint AppendBoldFont(Fonts fonts)
    {
        var font = (Font?)fonts.Elements<Font>().FirstOrDefault()?.CloneNode(true) ?? new Font();
        font.RemoveAllChildren<Bold>();

        // Bold is the first child of a font in the schema order.
        font.PrependChild(new Bold());
        fonts.Append(font);
        fonts.Count = (uint)fonts.Elements<Font>().Count();
        return fonts.Count.Value - 1;
    }

    private static uint FindOrAddNumberFormat(Stylesheet stylesheet, string formatCode)
    {
        var formats = stylesheet.NumberingFormats;
        if (formats is null)
        {
            // numFmts is the first child of styleSheet.
            formats = new NumberingFormats();
            stylesheet.PrependChild(formats);
        }

        var existing = formats.Elements<NumberingFormat>()
            .FirstOrDefault(format => format.FormatCode?.Value == formatCode);
        if (existing?.NumberFormatId?.Value is { } existingId)
        {
            return existingId;
        }

        var id = formats.Elements<NumberingFormat>()
            .Select(format => format.NumberFormatId?.Value ?? 0)
            .Append(FirstCustomFormatId - 1)
            .Max() + 1;
        formats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = formatCode });
        formats.Count = (uint)formats.Elements<NumberingFormat>().Count();
        return id;
    }

    private static CellFormat NumberFormat(uint numberFormatId) =>
        new() { NumberFormatId = numberFormatId, ApplyNumberFormat = true };

    private static uint AppendCellFormat(CellFormats cellFormats, CellFormat format)
    {
        format.FontId ??= 0;
        format.FillId ??= 0;
        format.BorderId ??= 0;
        format.FormatId ??= 0;
        format.NumberFormatId ??= 0;
        cellFormats.Append(format);
        cellFormats.Count = (uint)cellFormats.Elements<CellFormat>().Count();
        return cellFormats.Count.Value - 1;
    }

    private static InvalidOperationException MissingElement(string element) =>
        new($"The workbook's stylesheet has no {element} element, so no cell format can be added to it. "
            + "Write the workbook with ClosedXML or Excel, which always include it.");
}
