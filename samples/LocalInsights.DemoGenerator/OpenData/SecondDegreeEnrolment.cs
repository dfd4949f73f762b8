namespace LocalInsights.DemoGenerator.OpenData;

/// <summary>Reader of fr-en-effectifs-second-degre.csv: pupils per collège and lycée and school year.</summary>
internal sealed class SecondDegreeEnrolment
{
    private readonly LatestByCode _latest;
    private readonly Dictionary<string, string> _typeLabels;

    private SecondDegreeEnrolment(LatestByCode latest, Dictionary<string, string> typeLabels)
    {
        _latest = latest;
        _typeLabels = typeLabels;
    }

    public static SecondDegreeEnrolment Load(string path)
    {
        var table = OpenDataTable.Load(path);
        var latest = new LatestByCode();
        var typeLabels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = table.Get(row, "Numero_d_etablissement");
            var typeLabel = table.Get(row, "Type_d_etablissement");
            var name = table.Get(row, "nom_etablissement").Trim();
            var pupils = EstablishmentDirectory.ParseOptionalInt(table.Get(row, "Nombre_d_eleves"));
            if (pupils is null)
            {
                continue;
            }

            // Some private establishments are listed with a blank name or "- -": show their type instead.
            var usableName = name.Length == 0 || name == "- -" ? typeLabel : name;
            latest.Offer(code, table.Get(row, "Annee_scolaire"), new EnrolmentRecord(usableName, pupils.Value));
            typeLabels[code] = typeLabel;
        }

        return new SecondDegreeEnrolment(latest, typeLabels);
    }

    public EnrolmentRecord? Find(string code) => _latest.Find(code);

    /// <summary>Returns the codes whose check letter is wrong, which the official file really contains.</summary>
    public IReadOnlyList<InvalidEnrolmentCode> InvalidCodes() =>
        _latest.Codes
            .Where(code => !UaiCode.IsValid(code))
            .Order(StringComparer.Ordinal)
            .Select(code => new InvalidEnrolmentCode(
                code, _latest.Find(code)!.Name, _typeLabels[code], _latest.Find(code)!.Pupils))
            .ToList();
}
