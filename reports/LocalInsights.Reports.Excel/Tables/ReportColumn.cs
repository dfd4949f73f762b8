namespace LocalInsights.Reports.Excel.Tables;

/// <summary>
/// One column of a report table: its header, with the unit, its kind, and the value of a row. A null value leaves
/// the cell empty.
/// </summary>
internal sealed record ReportColumn<TRow>(string Header, ColumnKind Kind, Func<TRow, object?> Value);
