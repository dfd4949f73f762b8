using System.Globalization;
using LocalInsights.DemoGenerator.OpenData;
using LocalInsights.DemoGenerator.Output;

namespace LocalInsights.DemoGenerator.Ent;

/// <summary>
/// Writes ent/connexions-ecoles-2026-11.csv, the per-user daily log of the écoles' ENT vendor: one row per user,
/// day and service with at least one connection. UTF-8 without byte order mark, ';', LF, dates dd/MM/yyyy.
/// </summary>
internal static class SchoolConnectionLogWriter
{
    public const string RelativePath = "ent/connexions-ecoles-2026-11.csv";
    public const string UnknownProfile = "intervenant";

    private static readonly string[] Header = ["date", "uai", "profil", "identifiant", "service", "connexions"];

    private static readonly Dictionary<string, (string Service, double Chance)[]> Services = new()
    {
        ["enseignant"] =
            [("Cahier de liaison", 0.7), ("Messagerie", 0.6), ("Blog", 0.25), ("Espace documentaire", 0.15)],
        ["personnel"] = [("Messagerie", 0.8), ("Cahier de liaison", 0.3)],
        ["élève"] = [("Blog", 0.5), ("Espace documentaire", 0.4), ("Messagerie", 0.3)],
        ["parent"] = [("Cahier de liaison", 0.8), ("Messagerie", 0.3), ("Blog", 0.25)],
    };

    public static void Write(string outputFolder, EstablishmentDirectory directory, SeededRandom random,
        FakePeople people, FaultLog log)
    {
        var accounts = new SchoolEntUsers(random, people);
        var schools = accounts.PickSchools(directory);
        var users = schools.SelectMany(accounts.For).ToList();
        var faultRow = random.Next(5_000, 30_000);
        var activeUsers = new HashSet<SchoolEntUser>();

        var path = Path.Combine(outputFolder, RelativePath);
        using var writer = new DelimitedWriter(
            path, TextEncodings.Utf8WithoutBom, ';', "\n", DelimitedWriter.WhenNeeded);
        writer.WriteRecord(Header);
        foreach (var day in DemoCalendar.MonthDays())
        {
            var date = day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            var dayFactor = DayFactor(day);
            foreach (var user in users.Where(user => random.Chance(user.Propensity * dayFactor)))
            {
                activeUsers.Add(user);
                foreach (var (service, connections) in UsedServices(user, random))
                {
                    var profile = writer.RecordCount == faultRow ? UnknownProfile : user.Profile;
                    var line = writer.WriteRecord([date, user.Uai, profile, user.Login, service, connections]);
                    if (profile == UnknownProfile)
                    {
                        log.Add(FaultKinds.MalformedRow, RelativePath, line,
                            $"unknown profile \"{UnknownProfile}\" (expected élève, enseignant, personnel or parent)");
                    }
                }
            }
        }

        log.Count("ENT écoles log", "écoles", schools.Count);
        log.Count("ENT écoles log", "accounts", users.Count);
        log.Count("ENT écoles log", "data rows", writer.RecordCount - 1);
        foreach (var profile in Services.Keys)
        {
            log.Count("ENT écoles log", $"distinct active {profile} accounts in the month",
                activeUsers.Count(user => user.Profile == profile));
        }
    }

    /// <summary>Returns how likely a user who logs in on a school day logs in on <paramref name="day"/>.</summary>
    private static double DayFactor(DateOnly day)
    {
        if (DemoCalendar.IsPrimarySchoolDay(day))
        {
            return 1.0;
        }

        return day.DayOfWeek switch
        {
            DayOfWeek.Wednesday when day != DemoCalendar.PublicHoliday => 0.4,
            DayOfWeek.Saturday => 0.2,
            _ => 0.3,
        };
    }

    private static IEnumerable<(string Service, string Connections)> UsedServices(SchoolEntUser user,
        SeededRandom random)
    {
        var options = Services[user.Profile];
        var used = options.Where(option => random.Chance(option.Chance)).ToList();
        if (used.Count == 0)
        {
            used.Add(options[0]);
        }

        foreach (var (service, _) in used)
        {
            var connections = 1;
            while (connections < 9 && random.Chance(0.4))
            {
                connections++;
            }

            yield return (service, connections.ToString(CultureInfo.InvariantCulture));
        }
    }
}
