namespace LocalInsights.DemoGenerator.OpenData;

/// <summary>Reader of fr-en-ecoles-effectifs-nb_classes.csv: pupils and classes per école and rentrée.</summary>
internal sealed class EcoleEnrolment
{
    private readonly LatestByCode _latest;

    private EcoleEnrolment(LatestByCode latest) => _latest = latest;

    public static EcoleEnrolment Load(string path)
    {
        var table = OpenDataTable.Load(path);
        var latest = new LatestByCode();
        foreach (var row in table.Rows)
        {
            var pupils = ReadInt(table, row, "Nombre total d'élèves");
            var elementary = ReadInt(table, row, "Nombre d'élèves en élémentaire hors ULIS")
                + ReadInt(table, row, "Nombre d'élèves en ULIS");
            var classes = ReadInt(table, row, "Nombre total de classes");
            var name = $"{table.Get(row, "Dénomination principale")} {table.Get(row, "Patronyme")}".Trim();
            latest.Offer(
                table.Get(row, "Numéro de l'école"),
                table.Get(row, "Rentrée scolaire"),
                new EnrolmentRecord(name, pupils, elementary, classes));
        }

        return new EcoleEnrolment(latest);
    }

    public EnrolmentRecord? Find(string code) => _latest.Find(code);

    private static int ReadInt(OpenDataTable table, string[] row, string column) =>
        EstablishmentDirectory.ParseOptionalInt(table.Get(row, column)) ?? 0;
}
