using LocalInsights.DemoGenerator.OpenData;
using LocalInsights.DemoGenerator.Output;

namespace LocalInsights.DemoGenerator.Ent;

/// <summary>
/// Writes the three Open ENT NG statistics exports of November 2026 (period month) for the lycées and collèges:
/// accounts per profile, accesses per application, connections per device type. Every value is quoted, ';'
/// separators, UTF-8 with a byte order mark, French headers, LF line endings.
/// </summary>
internal static class OpenEntStatisticsWriter
{
    public const string AccountsPath = "ent/export-stats-accounts.csv";
    public const string AccessPath = "ent/export-stats-access.csv";
    public const string DevicePath = "ent/export-stats-accounts-device.csv";

    /// <summary>Period start as the export prints a Java LocalDateTime: no seconds, no zone.</summary>
    public const string PeriodDate = "2026-11-01T00:00";

    private static readonly string[] AccountsHeader =
        ["Établissement", "UAI", "Date", "Profil", "Connexions", "Visiteurs uniques", "Comptes chargés",
            "Comptes activés"];

    private static readonly string[] AccessHeader =
        ["Établissement", "UAI", "Date", "Profil", "Application", "Nombre d'accès"];

    private static readonly string[] DeviceHeader = ["Établissement", "UAI", "Date", "Profil", "Support", "Connexions"];

    public static void Write(string outputFolder, EstablishmentDirectory directory, SeededRandom random, FaultLog log)
    {
        var structures = Structures(directory);
        var model = new EntFiguresModel(random);
        var breakdown = new EntBreakdown(random);
        using var accounts = Open(outputFolder, AccountsPath, AccountsHeader);
        using var access = Open(outputFolder, AccessPath, AccessHeader);
        using var devices = Open(outputFolder, DevicePath, DeviceHeader);
        var invalidRows = new List<(string File, int Line, string Uai)>();
        foreach (var structure in structures)
        {
            var invalid = !UaiCode.IsValid(structure.Uai);
            foreach (var figures in model.For(structure))
            {
                string[] prefix = [structure.Name, structure.Uai, PeriodDate, figures.Profile];
                var line = accounts.WriteRecord([.. prefix, .. AccountValues(figures)]);
                TrackInvalid(invalid, AccountsPath, line, structure, invalidRows);
                foreach (var (application, count) in breakdown.Accesses(figures))
                {
                    line = access.WriteRecord([.. prefix, application, Number(count)]);
                    TrackInvalid(invalid, AccessPath, line, structure, invalidRows);
                }

                foreach (var (support, count) in breakdown.Supports(figures))
                {
                    line = devices.WriteRecord([.. prefix, support, Number(count)]);
                    TrackInvalid(invalid, DevicePath, line, structure, invalidRows);
                }
            }
        }

        LogInvalidCodes(invalidRows, log);
        log.Count("ENT statistics (Open ENT NG)", "establishments", structures.Count);
        log.Count("ENT statistics (Open ENT NG)", "of which with an invalid UAI",
            structures.Count(structure => !UaiCode.IsValid(structure.Uai)));
        log.Count("ENT statistics (Open ENT NG)", "accounts rows", accounts.RecordCount - 1);
        log.Count("ENT statistics (Open ENT NG)", "access rows", access.RecordCount - 1);
        log.Count("ENT statistics (Open ENT NG)", "device rows", devices.RecordCount - 1);
    }

    /// <summary>
    /// Returns the lycées and collèges with known enrolment, plus the invalid codes of the enrolment file, which
    /// an ENT provisioned from that file would carry. Ordered by UAI.
    /// </summary>
    private static List<EntStructure> Structures(EstablishmentDirectory directory)
    {
        var structures = directory.All
            .Where(e => e.Kind != EstablishmentKind.Ecole && e.Enrolment is > 0)
            .Select(e => new EntStructure(
                e.EnrolmentName, e.Uai, e.Enrolment!.Value, e.Kind == EstablishmentKind.College))
            .Concat(directory.InvalidEnrolmentCodes.Select(code =>
                new EntStructure(code.Name, code.Code, code.Pupils, code.TypeLabel == "COLLEGE")))
            .ToList();
        structures.Sort((a, b) => string.CompareOrdinal(a.Uai, b.Uai));
        return structures;
    }

    private static DelimitedWriter Open(string outputFolder, string relativePath, string[] header)
    {
        var writer = new DelimitedWriter(Path.Combine(outputFolder, relativePath), TextEncodings.Utf8WithBom, ';',
            "\n", DelimitedWriter.Always);
        writer.WriteRecord(header);
        return writer;
    }

    /// <summary>A profile with no connection has no unique visitor figure: the export leaves it empty.</summary>
    private static string[] AccountValues(ProfileFigures figures) =>
    [
        Number(figures.Connections),
        figures.Connections == 0 ? string.Empty : Number(figures.UniqueVisitors),
        Number(figures.ProvisionedAccounts),
        Number(figures.ActivatedAccounts),
    ];

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void TrackInvalid(bool invalid, string file, int line, EntStructure structure,
        List<(string File, int Line, string Uai)> rows)
    {
        if (invalid)
        {
            rows.Add((file, line, structure.Uai));
        }
    }

    private static void LogInvalidCodes(List<(string File, int Line, string Uai)> rows, FaultLog log)
    {
        foreach (var (file, line, uai) in rows)
        {
            log.Add(FaultKinds.InvalidUai, file, line, $"{uai}: check letter O is never valid", uai);
        }
    }
}
