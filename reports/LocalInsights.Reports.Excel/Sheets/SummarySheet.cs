using ClosedXML.Excel;
using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.Excel.Tables;

namespace LocalInsights.Reports.Excel.Sheets;

/// <summary>
/// Writes the Summary sheet: what the report covers, totals, the sources with their last pull, and how to read
/// the other sheets. Labels are in column A and values in column B.
/// </summary>
internal sealed class SummarySheet(IXLWorksheet sheet, CellWriter cells, TableSheetWriter tables)
{
    public const string SourcesTableName = "Sources";

    private const int TitleFontSize = 14;

    private readonly ColumnWidths widths = new();
    private readonly List<ColumnIssues> issues = [];
    private int row = 1;

    public ColumnWidths Widths => widths;

    /// <summary>Writes the sheet and returns the issues of its values.</summary>
    public IReadOnlyList<ColumnIssues> Write(FactSet facts, CancellationToken cancellationToken)
    {
        AddTitle("LocalInsights: use of school digital equipment");
        AddHeading("Report");
        AddLine("Environment", ColumnKind.Text, facts.EnvironmentName);
        AddLine("Environment code", ColumnKind.Text, facts.Environment);
        AddLine("Month", ColumnKind.Month, facts.Month);
        AddLine($"Generated at ({cells.TimeZone.Id})", ColumnKind.DateTime, facts.GeneratedAt);
        AddLine("Privacy threshold (people)", ColumnKind.Integer, facts.SuppressionThreshold);
        SummaryTotals.Write(this, facts);
        AddSources(facts.Sources, cancellationToken);
        AddHeading("How to read this workbook");
        foreach (var note in SummaryNotes.For(facts.SuppressionThreshold))
        {
            SafeCell.SetText(sheet.Cell(row++, 1), note);
        }

        return issues;
    }

    public void AddHeading(string text)
    {
        row++;
        var cell = sheet.Cell(row++, 1);
        SafeCell.SetText(cell, text);
        cell.Style.Font.Bold = true;
    }

    public void AddLine(string label, ColumnKind kind, object? value)
    {
        SafeCell.SetText(sheet.Cell(row, 1), label);
        widths.Observe(1, label.Length);
        var lineIssues = new ColumnIssues(sheet.Name, label);
        widths.Observe(2, cells.Write(sheet.Cell(row, 2), kind, value, lineIssues));
        issues.Add(lineIssues);
        row++;
    }

    private void AddTitle(string text)
    {
        var cell = sheet.Cell(row++, 1);
        SafeCell.SetText(cell, text);
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = TitleFontSize;
    }

    private void AddSources(IReadOnlyList<SourceFact> sources, CancellationToken cancellationToken)
    {
        AddHeading("Sources: last complete pull of each");
        IReadOnlyList<ReportColumn<SourceFact>> columns =
        [
            new("Connector", ColumnKind.Text, source => source.Connector),
            new("Type", ColumnKind.Text, source => source.ConnectorType),
            new($"Completed at ({cells.TimeZone.Id})", ColumnKind.DateTime, source => source.CompletedAt),
            new("Records (count)", ColumnKind.Integer, source => source.Records),
            new("Rejected rows (count)", ColumnKind.Integer, source => source.RejectedRows),
            new("This run", ColumnKind.Text, source => source.Failure is null
                ? "pulled"
                : $"FAILED, figures are from the previous complete pull if any: {source.Failure}"),
        ];
        var ordered = sources.OrderBy(source => source.Connector, StringComparer.Ordinal).ToList();
        issues.AddRange(tables.Write(sheet, SourcesTableName, columns, ordered, widths, row, cancellationToken));
        row += Math.Max(ordered.Count, 1) + 1;
    }
}
