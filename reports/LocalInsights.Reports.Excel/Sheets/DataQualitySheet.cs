using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.Excel.Tables;

namespace LocalInsights.Reports.Excel.Sheets;

/// <summary>Columns of the Data quality sheet: one row per finding, for the people who produce the sources.</summary>
internal static class DataQualitySheet
{
    public const string TableName = "DataQuality";

    public static IReadOnlyList<ReportColumn<DataQualityFact>> Columns { get; } =
    [
        new("Source", ColumnKind.Text, fact => fact.Source),
        new("Issue", ColumnKind.Text, fact => ReportWords.Of(fact.Kind)),
        new("Subject", ColumnKind.Text, fact => fact.Subject),
        new("File", ColumnKind.Text, fact => fact.File),
        new("Occurrences (count)", ColumnKind.Integer, fact => fact.Count),
        new("Detail", ColumnKind.Text, fact => fact.Detail),
    ];

    public static IReadOnlyList<DataQualityFact> Order(IEnumerable<DataQualityFact> facts) =>
        facts.OrderBy(fact => fact.Source, StringComparer.Ordinal)
            .ThenBy(fact => fact.Kind)
            .ThenBy(fact => fact.Subject, StringComparer.Ordinal)
            .ToList();
}
