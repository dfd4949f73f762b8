using System.Globalization;
using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.Excel.Tables;

namespace LocalInsights.Reports.Excel.Sheets;

/// <summary>Columns of the Platform use sheet: one row per establishment, platform, role and month.</summary>
internal static class PlatformUseSheet
{
    public const string TableName = "PlatformUse";

    public static IReadOnlyList<ReportColumn<PlatformUseFact>> Columns(EstablishmentNames names, int threshold) =>
    [
        new("UAI", ColumnKind.Text, fact => fact.Uai),
        new("Establishment", ColumnKind.Text, fact => names.Find(fact.Uai)),
        new("Month", ColumnKind.Month, fact => fact.Month),
        new("Platform", ColumnKind.Text, fact => fact.Platform),
        new("Role", ColumnKind.Text, fact => ReportWords.Of(fact.Role)),
        new("Active users (people)", ColumnKind.Integer, fact => fact.Suppressed ? null : fact.ActiveUsers),
        new("Note on active users", ColumnKind.Text, fact => NoteOnActiveUsers(fact, threshold)),
        new("Connections (count)", ColumnKind.Integer, fact => fact.Connections),

        // NOTE: the ratio is hidden with the count, because the ratio and the pupil count give the count back.
        new("Active users per 100 pupils", ColumnKind.Decimal,
            fact => fact.Suppressed || fact.ActiveUsers is null ? null : fact.ActiveUsersPer100Pupils),
        new("Provisioned accounts (count)", ColumnKind.Integer, fact => fact.ProvisionedAccounts),
        new("Activated accounts (count)", ColumnKind.Integer, fact => fact.ActivatedAccounts),
        new("Activation rate (%)", ColumnKind.Percent, fact => fact.ActivationRate),
        new("Basis", ColumnKind.Text, fact => ReportWords.Of(fact.Basis)),
    ];

    public static IReadOnlyList<PlatformUseFact> Order(IEnumerable<PlatformUseFact> facts) =>
        facts.OrderBy(fact => fact.Uai, StringComparer.Ordinal)
            .ThenBy(fact => fact.Month)
            .ThenBy(fact => fact.Platform, StringComparer.Ordinal)
            .ThenBy(fact => fact.Role)
            .ToList();

    private static string? NoteOnActiveUsers(PlatformUseFact fact, int threshold)
    {
        if (fact.Suppressed)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Hidden: fewer than {threshold} people");
        }

        return fact.ActiveUsers is null ? "Not given by the source" : null;
    }
}
