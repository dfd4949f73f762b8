using System.Globalization;

namespace LocalInsights.Reports.Excel.Sheets;

/// <summary>The "how to read" notes at the end of the Summary sheet.</summary>
internal static class SummaryNotes
{
    public static IReadOnlyList<string> For(int threshold) =>
    [
        "An empty cell in a count of people (active students, active users) means fewer than " +
        threshold.ToString(CultureInfo.InvariantCulture) + " people, or a figure the source does not give. " +
        "Small counts are hidden so that nobody can be singled out.",
        "Counts of people are never totalled, because the same person can be counted in several establishments " +
        "or platforms and a total could give back a hidden figure.",
        "Other empty cells mean that the source did not give the figure, or that a ratio has nothing to divide by.",
        "Establishments: one row per establishment and month, with its devices, platform use and device spend.",
        "Devices: active devices synchronised recently with their management service, by the rule the " +
        "environment sets; idle devices are enrolled but not active; never seen devices have never synchronised.",
        "Devices marked (unmapped) match no rule that links a device to an establishment: see Data quality.",
        "Platform use: the Basis column says whether a figure was computed from per-user logs or reported by the " +
        "platform. Figures reported by a platform cannot be added across months or establishments.",
        "Investment: amounts from the investment register, excluding VAT unless the header says otherwise. " +
        "Annualised amounts spread each purchase over its depreciation years.",
        "Cost per active device: device spend divided by the active devices of the establishments; " +
        "unmapped devices are not included.",
        "Licences (when present): units purchased, assigned and active for each licence SKU; unused spend is " +
        "(purchased - active) x unit price.",
        "Data quality: problems found in the sources, for the people who produce them.",
    ];
}
