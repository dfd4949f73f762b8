using System.Globalization;
using System.Text;
using LocalInsights.Bench.Streaming;

namespace LocalInsights.Bench.Region.Generation;

/// <summary>
/// Writes one Intune device export per day in the layout of the admin centre's export: UTF-8 with a byte order
/// mark, <c>,</c>, every field quoted, CRLF, the 53 columns of <see cref="IntuneExportColumns"/>. Devices are named
/// <c>{UAI}-PC-nnnn</c>, so that one NamePattern rule maps each to its establishment.
/// </summary>
/// <remarks>
/// Every device is listed in every daily file, and its model and OS never change, so the latest snapshot of a
/// device in the month is always the last file. Shares are assumptions: 4 % never checked in
/// (<c>0001-01-01</c>), 12 % last checked in between June and October, and the rest check in on a given day with
/// a probability of their own between 0.2 and 0.95.
/// </remarks>
internal sealed class IntuneExportGenerator(SplitMix64 random, IReadOnlyList<string> uais)
{
    private const string TimestampFormat = "yyyy-MM-dd HH:mm:ss.fffffff";
    private const string NeverSeen = "0001-01-01 00:00:00.0000000";
    private const double NeverSeenShare = 0.04;
    private const double IdleShare = 0.12;

    private static readonly DateTime FirstEnrolment = new(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Writes <paramref name="days"/> files for the first days of <paramref name="month"/> into
    /// <paramref name="folder"/> and returns them.
    /// </summary>
    public IReadOnlyList<DeviceExportFile> Write(string folder, DateOnly month, int devices, int days)
    {
        var fleet = CreateFleet(month, devices);
        var header = string.Join(',', IntuneExportColumns.Names.Select(Quote));
        var files = new List<DeviceExportFile>();
        for (var day = 1; day <= days; day++)
        {
            var date = new DateOnly(month.Year, month.Month, day);
            var name = $"intune-devices-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
            using var writer = new StreamWriter(Path.Combine(folder, name), false, new UTF8Encoding(true), 1 << 20);
            writer.NewLine = "\r\n";
            writer.WriteLine(header);
            foreach (var device in fleet)
            {
                CheckIn(device, date);
                writer.Write(device.Prefix);
                writer.Write(",\"");
                writer.Write(device.LastCheckIn);
                writer.Write("\",");
                writer.WriteLine(device.Suffix);
            }

            files.Add(new DeviceExportFile(name, date));
        }

        return files;
    }

    /// <summary>Moves the last check-in to a time of <paramref name="date"/> when the device checks in then.</summary>
    private void CheckIn(GeneratedDevice device, DateOnly date)
    {
        if (device.DailyCheckInChance <= 0 || random.NextDouble() >= device.DailyCheckInChance)
        {
            return;
        }

        var time = date.ToDateTime(TimeOnly.MinValue).AddTicks((long)(random.NextDouble() * TimeSpan.TicksPerDay));
        device.LastCheckIn = time.ToString(TimestampFormat, CultureInfo.InvariantCulture);
    }

    private List<GeneratedDevice> CreateFleet(DateOnly month, int devices)
    {
        var monthStart = month.ToDateTime(TimeOnly.MinValue);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var fleet = new List<GeneratedDevice>(devices);
        for (var index = 0; index < devices; index++)
        {
            var uai = uais[random.Next(uais.Count)];
            var number = numbers.GetValueOrDefault(uai) + 1;
            numbers[uai] = number;
            var name = string.Create(CultureInfo.InvariantCulture, $"{uai}-PC-{number:D4}");
            fleet.Add(CreateDevice(name, monthStart));
        }

        return fleet;
    }

    private GeneratedDevice CreateDevice(string name, DateTime monthStart)
    {
        var kind = DeviceKind.Pick(random.NextDouble());
        var enrolled = FirstEnrolment.AddTicks((long)(random.NextDouble() * (monthStart - FirstEnrolment).Ticks));
        var behaviour = random.NextDouble();
        double chance = 0;
        string lastCheckIn;
        if (behaviour < NeverSeenShare)
        {
            lastCheckIn = NeverSeen;
        }
        else if (behaviour < NeverSeenShare + IdleShare)
        {
            lastCheckIn = Timestamp(RandomTimeBetween(monthStart.AddMonths(-5), monthStart, enrolled));
        }
        else
        {
            chance = 0.2 + (0.75 * random.NextDouble());
            lastCheckIn = Timestamp(RandomTimeBetween(monthStart.AddDays(-30), monthStart, enrolled));
        }

        var values = new string[IntuneExportColumns.Names.Length];
        Array.Fill(values, string.Empty);
        values[IntuneExportColumns.DeviceId] = NewGuid();
        values[IntuneExportColumns.DeviceName] = name;
        values[IntuneExportColumns.EnrollmentDate] = Timestamp(enrolled);
        FillDeviceColumns(values, kind, name);
        var prefix = string.Join(',', values[..IntuneExportColumns.LastCheckIn].Select(Quote));
        var suffix = string.Join(',', values[(IntuneExportColumns.LastCheckIn + 1)..].Select(Quote));
        return new GeneratedDevice(prefix, suffix, chance) { LastCheckIn = lastCheckIn };
    }

    private void FillDeviceColumns(string[] values, DeviceKind kind, string name)
    {
        values[IntuneExportColumns.AzureAdDeviceId] = NewGuid();
        values[IntuneExportColumns.OsVersion] = kind.OsVersion;
        values[IntuneExportColumns.SerialNumber] = SerialNumber();
        values[IntuneExportColumns.Manufacturer] = kind.Manufacturer;
        values[IntuneExportColumns.Model] = kind.Model;
        values[IntuneExportColumns.ManagementName] = name;
        values[IntuneExportColumns.Compliance] = random.NextDouble() < 0.9 ? "Compliant" : "Noncompliant";
        values[IntuneExportColumns.OperatingSystem] = kind.OperatingSystem;
    }

    /// <summary>
    /// Returns a time between <paramref name="from"/> and <paramref name="to"/>, but not before the enrolment.
    /// </summary>
    private DateTime RandomTimeBetween(DateTime from, DateTime to, DateTime enrolled)
    {
        var start = enrolled > from ? enrolled : from;
        return start.AddTicks((long)(random.NextDouble() * (to - start).Ticks));
    }

    private string NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, random.NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], random.NextUInt64());
        return new Guid(bytes).ToString("D");
    }

    private string SerialNumber()
    {
        const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        Span<char> serial = stackalloc char[10];
        for (var index = 0; index < serial.Length; index++)
        {
            serial[index] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(serial);
    }

    private static string Timestamp(DateTime time) => time.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A device's fixed columns, before and after the last check-in, and its check-in behaviour.</summary>
    private sealed class GeneratedDevice(string prefix, string suffix, double dailyCheckInChance)
    {
        public string Prefix { get; } = prefix;

        public string Suffix { get; } = suffix;

        /// <summary>Probability of a check-in on any day of the month, 0 for idle and never-seen devices.</summary>
        public double DailyCheckInChance { get; } = dailyCheckInChance;

        public required string LastCheckIn { get; set; }
    }
}
