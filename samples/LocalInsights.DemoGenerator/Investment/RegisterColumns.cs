namespace LocalInsights.DemoGenerator.Investment;

/// <summary>The columns of the investment register, the same in the workbook and in the CSV export.</summary>
internal static class RegisterColumns
{
    public const string SerialSeparator = " | ";

    public static readonly IReadOnlyList<string> Header =
    [
        "N° inventaire", "Programme", "Établissement (UAI)", "Catégorie", "Désignation", "Quantité",
        "Prix unitaire HT", "Montant HT", "TVA", "Montant TTC", "Date d'acquisition", "Durée amort. (ans)",
        "Part financée", "Numéros de série", "Commentaire",
    ];
}
