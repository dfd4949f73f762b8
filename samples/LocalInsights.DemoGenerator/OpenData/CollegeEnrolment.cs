namespace LocalInsights.DemoGenerator.OpenData;

/// <summary>Reader of fr-en-college-effectifs-niveau-sexe-lv.csv: pupils per collège and rentrée.</summary>
internal sealed class CollegeEnrolment
{
    private readonly LatestByCode _latest;

    private CollegeEnrolment(LatestByCode latest) => _latest = latest;

    public static CollegeEnrolment Load(string path)
    {
        var table = OpenDataTable.Load(path);
        var pupilsColumn = table.IndexByPrefix("Nombre d'élèves total (");
        var latest = new LatestByCode();
        foreach (var row in table.Rows)
        {
            var pupils = EstablishmentDirectory.ParseOptionalInt(row[pupilsColumn]);
            if (pupils is null)
            {
                continue;
            }

            var name = $"{table.Get(row, "Dénomination principale")} {table.Get(row, "Patronyme")}".Trim();
            latest.Offer(
                table.Get(row, "Numéro du collège"),
                table.Get(row, "Rentrée scolaire"),
                new EnrolmentRecord(name, pupils.Value));
        }

        return new CollegeEnrolment(latest);
    }

    public EnrolmentRecord? Find(string code) => _latest.Find(code);
}
