namespace LocalInsights.Reports.Excel;

/// <summary>Names of the sheets <see cref="ExcelReportWriter"/> writes, in workbook order.</summary>
public static class ReportSheets
{
    public const string Summary = "Summary";

    public const string Establishments = "Establishments";

    public const string Devices = "Devices";

    public const string PlatformUse = "Platform use";

    public const string Investment = "Investment";

    /// <summary>Written after <see cref="Investment"/> only when the facts hold licences.</summary>
    public const string Licences = "Licences";

    public const string DataQuality = "Data quality";
}
