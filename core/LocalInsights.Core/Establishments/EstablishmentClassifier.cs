using LocalInsights.Core.Model;
using LocalInsights.Core.Text;

namespace LocalInsights.Core.Establishments;

/// <summary>
/// Derives what the directory does not state directly: the kind of an establishment, the authority that equips
/// it, and the département code written on three characters.
/// </summary>
internal static class EstablishmentClassifier
{
    /// <summary>Nature labels that identify a kind when the type column is blank, compared folded.</summary>
    private static readonly (string Prefix, EstablishmentKind Kind)[] NaturePrefixes =
    [
        ("ECOLE MATERNELLE", EstablishmentKind.Ecole),
        ("ECOLE ELEMENTAIRE", EstablishmentKind.Ecole),
        ("ECOLE DE NIVEAU ELEMENTAIRE", EstablishmentKind.Ecole),
        ("ECOLE PRIMAIRE", EstablishmentKind.Ecole),
        ("COLLEGE", EstablishmentKind.College),
        ("LYCEE", EstablishmentKind.Lycee),
    ];

    /// <summary>
    /// Reads the kind from the type (<c>Ecole</c>, <c>Collège</c>, <c>Lycée</c>), or from the nature label when the
    /// type is blank. Any other type, such as EREA or a medico-social institute, is
    /// <see cref="EstablishmentKind.Other"/>.
    /// </summary>
    public static EstablishmentKind KindOf(string? type, string? nature)
    {
        if (!string.IsNullOrWhiteSpace(type))
        {
            return TextFolding.Fold(type) switch
            {
                "ECOLE" => EstablishmentKind.Ecole,
                "COLLEGE" => EstablishmentKind.College,
                "LYCEE" => EstablishmentKind.Lycee,
                _ => EstablishmentKind.Other,
            };
        }

        if (string.IsNullOrWhiteSpace(nature))
        {
            return EstablishmentKind.Other;
        }

        var folded = TextFolding.Fold(nature);
        foreach (var (prefix, kind) in NaturePrefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return EstablishmentKind.Other;
    }

    /// <summary>
    /// Returns the authority that equips an establishment of <paramref name="kind"/>: communes equip écoles,
    /// départements collèges and régions lycées. Other kinds have no funder this rule can name.
    /// </summary>
    public static Funder FunderOf(EstablishmentKind kind) => kind switch
    {
        EstablishmentKind.Ecole => Funder.Commune,
        EstablishmentKind.College => Funder.Departement,
        EstablishmentKind.Lycee => Funder.Region,
        _ => Funder.Unknown,
    };

    /// <summary>
    /// Writes a département code on three characters: <c>35</c> becomes <c>035</c> and <c>2A</c> becomes
    /// <c>02A</c>. A blank code falls back to the first three characters of the UAI.
    /// </summary>
    public static string DepartementOf(string? code, Uai uai)
    {
        var trimmed = code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(trimmed))
        {
            return uai.Departement;
        }

        return trimmed.Length < 3 ? trimmed.PadLeft(3, '0') : trimmed;
    }

    public static bool IsPublic(string? status) =>
        status is not null && TextFolding.Fold(status) == "PUBLIC";
}
