namespace LocalInsights.Reports.Excel.Tables;

/// <summary>
/// Number format codes of the report. Excel shows the separators of the user's locale, so <c>#,##0</c> shows
/// <c>1 234</c> in French Excel.
/// </summary>
internal static class ExcelFormats
{
    public const string Integer = "#,##0";

    public const string OneDecimal = "#,##0.0";

    public const string TwoDecimals = "#,##0.00";

    public const string Percent = "0.0%";

    /// <summary>Euro amount; <c>[$€-40C]</c> is the euro sign with the French (France) locale id 0x040C.</summary>
    public const string Euro = "#,##0.00 [$€-40C]";

    public const string Date = "dd/mm/yyyy";

    public const string Month = "mm/yyyy";

    public const string DateTime = "dd/mm/yyyy hh:mm";

    public static string For(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer or ColumnKind.Quantity => Integer,
        ColumnKind.Decimal => OneDecimal,
        ColumnKind.Percent => Percent,
        ColumnKind.Euro => Euro,
        ColumnKind.Date => Date,
        ColumnKind.Month => Month,
        ColumnKind.DateTime => DateTime,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Text columns have no number format."),
    };
}
