using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.Excel.Sheets;
using LocalInsights.Reports.Excel.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalInsights.Reports.Excel;

/// <summary>
/// Writer of the monthly Excel workbook for finance officers: a Summary sheet, then one Excel table per kind of
/// fact with typed, formatted cells that French Excel shows as <c>1 234,50 €</c> and <c>07/10/2024</c>.
/// </summary>
/// <remarks>
/// Sheets, in order: Summary, Establishments, Devices, Platform use, Investment, Licences (only when the facts
/// hold licences) and Data quality. Text from data goes through <see cref="SafeCell"/> and dates through
/// <see cref="SafeDate"/>. Column widths come from text length, never from font measurement, so the writer works on
/// Linux machines without fonts.
/// </remarks>
public sealed partial class ExcelReportWriter
{
    /// <summary>Time zone of dates and times in the report when the caller gives none.</summary>
    public const string DefaultTimeZoneId = "Europe/Paris";

    private readonly ILogger logger;

    /// <summary>
    /// Creates a writer that shows dates and times in <paramref name="timeZone"/>, by default
    /// <see cref="DefaultTimeZoneId"/>, or UTC with a warning when that zone is not installed.
    /// </summary>
    public ExcelReportWriter(ILogger<ExcelReportWriter>? logger = null, TimeZoneInfo? timeZone = null)
    {
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        TimeZone = timeZone ?? FindDefaultTimeZone();
    }

    /// <summary>Time zone in which instants such as the generation time are shown.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Writes the workbook of <paramref name="facts"/> to <paramref name="destination"/>.</summary>
    public async Task WriteAsync(FactSet facts, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(destination);
        var started = Stopwatch.GetTimestamp();

        // ClosedXML 0.95.4 saves synchronously, so the workbook is built in memory and copied asynchronously.
        using var buffer = new MemoryStream();
        var (sheets, rows) = Build(facts, buffer, cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken);

        var month = facts.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Log.ReportWritten(logger, facts.Environment, month, sheets, rows, buffer.Length, elapsedMs);
    }

    /// <summary>
    /// Writes the workbook of <paramref name="facts"/> to the file at <paramref name="path"/>, replacing it. The
    /// file appears only once complete: the workbook is written to a temporary file in the same folder first.
    /// </summary>
    public async Task WriteAsync(FactSet facts, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var temporaryPath = string.Create(CultureInfo.InvariantCulture, $"{path}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(
                temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, useAsync: true))
            {
                await WriteAsync(facts, file, cancellationToken);
            }

            File.Move(temporaryPath, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporaryPath);
        }
    }

    private (int Sheets, int Rows) Build(FactSet facts, Stream buffer, CancellationToken cancellationToken)
    {
        using var workbook = new XLWorkbook();
        var tables = new TableSheetWriter(new CellWriter(TimeZone));
        var names = new EstablishmentNames(facts.Establishments);
        WriteSummary(workbook, facts, tables, cancellationToken);

        var rows = WriteTable(workbook, tables, ReportSheets.Establishments, EstablishmentsSheet.TableName,
            EstablishmentsSheet.Columns, EstablishmentsSheet.Order(facts.Establishments), cancellationToken);
        rows += WriteTable(workbook, tables, ReportSheets.Devices, DevicesSheet.TableName,
            DevicesSheet.Columns(names), DevicesSheet.Order(facts.Devices), cancellationToken);
        rows += WriteTable(workbook, tables, ReportSheets.PlatformUse, PlatformUseSheet.TableName,
            PlatformUseSheet.Columns(names, facts.SuppressionThreshold), PlatformUseSheet.Order(facts.PlatformUse),
            cancellationToken);
        rows += WriteTable(workbook, tables, ReportSheets.Investment, InvestmentSheet.TableName,
            InvestmentSheet.Columns(names), InvestmentSheet.Order(facts.Investments), cancellationToken);
        if (facts.Licences.Count > 0)
        {
            rows += WriteTable(workbook, tables, ReportSheets.Licences, LicencesSheet.TableName,
                LicencesSheet.Columns, LicencesSheet.Order(facts.Licences), cancellationToken);
        }

        rows += WriteTable(workbook, tables, ReportSheets.DataQuality, DataQualitySheet.TableName,
            DataQualitySheet.Columns, DataQualitySheet.Order(facts.DataQuality), cancellationToken);

        cancellationToken.ThrowIfCancellationRequested();
        workbook.SaveAs(buffer);
        return (workbook.Worksheets.Count, rows);
    }

    private void WriteSummary(
        XLWorkbook workbook, FactSet facts, TableSheetWriter tables, CancellationToken cancellationToken)
    {
        var sheet = workbook.AddWorksheet(ReportSheets.Summary);
        var summary = new SummarySheet(sheet, tables.Cells, tables);
        var issues = summary.Write(facts, cancellationToken);
        FinishSheet(sheet, summary.Widths, issues);
    }

    private int WriteTable<TRow>(
        XLWorkbook workbook,
        TableSheetWriter tables,
        string sheetName,
        string tableName,
        IReadOnlyList<ReportColumn<TRow>> columns,
        IReadOnlyList<TRow> rows,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var sheet = workbook.AddWorksheet(sheetName);
        var widths = new ColumnWidths();
        var issues = tables.Write(sheet, tableName, columns, rows, widths, firstRow: 1, cancellationToken);
        sheet.SheetView.FreezeRows(1);
        FinishSheet(sheet, widths, issues);
        return rows.Count;
    }

    private void FinishSheet(IXLWorksheet sheet, ColumnWidths widths, IReadOnlyList<ColumnIssues> issues)
    {
        var columns = widths.Apply(sheet);
        Log.ColumnWidthsSet(logger, sheet.Name, columns, ColumnWidths.MinWidth, ColumnWidths.MaxWidth);
        foreach (var column in issues.Where(column => column.Any))
        {
            LogIssues(column);
        }
    }

    private void LogIssues(ColumnIssues column)
    {
        if (column.SentinelDates > 0)
        {
            Log.SentinelDatesEmptied(logger, column.SentinelDates, column.Column, column.Sheet);
        }

        if (column.TextDates > 0)
        {
            Log.DatesWrittenAsText(logger, column.TextDates, column.Column, column.Sheet);
        }

        if (column.AlteredTexts > 0)
        {
            Log.TextsAltered(logger, column.AlteredTexts, column.Column, column.Sheet);
        }
    }

    private TimeZoneInfo FindDefaultTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            Log.TimeZoneNotFound(logger, DefaultTimeZoneId);
            return TimeZoneInfo.Utc;
        }
    }
}
