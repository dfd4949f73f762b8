using System.Globalization;

namespace LocalInsights.DemoGenerator.OpenData;

/// <summary>
/// The establishments of the official directory (écoles, collèges, lycées) joined with the enrolment files.
/// </summary>
internal sealed class EstablishmentDirectory
{
    private EstablishmentDirectory(
        IReadOnlyList<Establishment> establishments,
        IReadOnlyList<InvalidEnrolmentCode> invalidCodes)
    {
        All = establishments;
        InvalidEnrolmentCodes = invalidCodes;
    }

    /// <summary>Écoles, collèges and lycées, ordered by UAI.</summary>
    public IReadOnlyList<Establishment> All { get; }

    /// <summary>Codes of the second-degree enrolment file that fail the check rule, ordered by code.</summary>
    public IReadOnlyList<InvalidEnrolmentCode> InvalidEnrolmentCodes { get; }

    public IEnumerable<Establishment> OfKind(EstablishmentKind kind) => All.Where(e => e.Kind == kind);

    public static EstablishmentDirectory Load(string folder)
    {
        var secondDegree = SecondDegreeEnrolment.Load(Path.Combine(folder, "fr-en-effectifs-second-degre.csv"));
        var colleges = CollegeEnrolment.Load(Path.Combine(folder, "fr-en-college-effectifs-niveau-sexe-lv.csv"));
        var ecoles = EcoleEnrolment.Load(Path.Combine(folder, "fr-en-ecoles-effectifs-nb_classes.csv"));
        var directory = OpenDataTable.Load(Path.Combine(folder, "fr-en-annuaire-education.csv"));

        var establishments = new List<Establishment>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in directory.Rows)
        {
            var kind = ParseKind(directory.Get(row, "Type_etablissement"));
            var uai = directory.Get(row, "Identifiant_de_l_etablissement");

            // A few establishments have one line per site (etablissement_multi_lignes = 1): keep the first.
            if (kind is null || !seen.Add(uai))
            {
                continue;
            }

            var name = directory.Get(row, "Nom_etablissement");
            var enrolment = kind switch
            {
                EstablishmentKind.Ecole => ecoles.Find(uai),
                EstablishmentKind.College => colleges.Find(uai) ?? secondDegree.Find(uai),
                _ => secondDegree.Find(uai),
            };

            establishments.Add(new Establishment(
                uai,
                name,
                kind.Value,
                directory.Get(row, "Statut_public_prive") == "Public",
                directory.Get(row, "Nom_commune"),
                enrolment?.Pupils,
                ParseOptionalInt(directory.Get(row, "Nombre_d_eleves")),
                enrolment?.ElementaryPupils,
                enrolment?.Classes,
                enrolment?.Name ?? TextFolding.ToUpperAscii(name)));
        }

        establishments.Sort((a, b) => string.CompareOrdinal(a.Uai, b.Uai));
        return new EstablishmentDirectory(establishments, secondDegree.InvalidCodes());
    }

    private static EstablishmentKind? ParseKind(string type) => type switch
    {
        "Ecole" => EstablishmentKind.Ecole,
        "Collège" => EstablishmentKind.College,
        "Lycée" => EstablishmentKind.Lycee,
        _ => null,
    };

    internal static int? ParseOptionalInt(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
