using System.Globalization;
using System.Text;

namespace LocalInsights.Bench.Streaming;

/// <summary>
/// Writes a per-user daily connection log in the default layout of the <c>ent-connection-log</c> connector:
/// UTF-8 without byte order mark, <c>;</c>, LF, header <c>date;uai;profil;identifiant;service;connexions</c>.
/// </summary>
/// <remarks>
/// Rows are spread evenly over the days of the month and sorted by day, as in the demo's log. Each row draws its
/// user, service and connection count independently, so the same user, day and service can appear on several
/// rows, and must past 120 rows per user (30 days times 4 services). The connector and the aggregation accept
/// such rows, and the benchmark needs row counts well beyond the distinct (user, day, service) triples.
/// </remarks>
internal sealed class ConnectionLogGenerator(IReadOnlyList<LogUser> users, SplitMix64 random)
{
    public const string Header = "date;uai;profil;identifiant;service;connexions";

    private const int MaxConnectionsPerRow = 4;

    private static readonly string[] Services = ["Cahier de liaison", "Messagerie", "Blog", "Espace documentaire"];

    /// <summary>
    /// Writes <paramref name="rows"/> rows dated in <paramref name="month"/> to <paramref name="path"/> and returns
    /// what the file contains.
    /// </summary>
    public GeneratedLog Write(string path, DateOnly month, long rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        var seen = new bool[users.Count];
        long connections = 0;
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.NewLine = "\n";
            writer.WriteLine(Header);
            for (var day = 0; day < days; day++)
            {
                var date = new DateOnly(month.Year, month.Month, day + 1)
                    .ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                var count = RowsOfDay(rows, days, day);
                connections += WriteDay(writer, date, count, seen);
            }
        }

        return new GeneratedLog(path, rows, seen.Count(flag => flag), connections, new FileInfo(path).Length);
    }

    /// <summary>
    /// Returns how many rows day <paramref name="day"/> (0-based) gets, so that all days add up to the total.
    /// </summary>
    private static long RowsOfDay(long rows, int days, int day) => (rows * (day + 1) / days) - (rows * day / days);

    private long WriteDay(StreamWriter writer, string date, long count, bool[] seen)
    {
        long connections = 0;
        for (long row = 0; row < count; row++)
        {
            var index = random.Next(users.Count);
            var user = users[index];
            var service = Services[random.Next(Services.Length)];
            var perRow = 1 + random.Next(MaxConnectionsPerRow);
            seen[index] = true;
            connections += perRow;
            writer.Write(date);
            writer.Write(';');
            writer.Write(user.Uai);
            writer.Write(';');
            writer.Write(user.Profile);
            writer.Write(';');
            writer.Write(user.Identifier);
            writer.Write(';');
            writer.Write(service);
            writer.Write(';');
            writer.WriteLine(perRow.ToString(CultureInfo.InvariantCulture));
        }

        return connections;
    }
}
