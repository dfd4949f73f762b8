using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using LocalInsights.Bench.Region.Generation;
using LocalInsights.Core.Model;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using LocalInsights.Core.Text;

namespace LocalInsights.Bench.Region.Engines;

/// <summary>
/// <c>profile-parse</c>: times steps of the pulls alone on the same files, each step including the row splitting
/// before it: splitting every row with <see cref="DelimitedFile"/> (the reader the connectors use), parsing the
/// dates with <see cref="DateParser"/> (default formats, then the export's one format), pseudonymising the log's
/// identifiers (every row, then once per distinct identifier), and writing the log's records as gzip-compressed
/// JSON lines the way the store's JSON-lines record writer does, then through a 64 KiB buffer. The store itself
/// keeps platform activity in a binary file, which this command does not time.
/// </summary>
/// <remarks>
/// Subtracting "split" from each step gives its own cost. The writing steps discard their output
/// (<see cref="Stream.Null"/>) and skip the SHA-256 of the store, so they time serialisation and compression only.
/// </remarks>
internal static class ParseProfileCommand
{
    private const int WriteBufferBytes = 1 << 16;
    private const int FlushEveryRecords = 4096;

    public static Command Create(TextWriter output)
    {
        var data = RegionOptions.Data();
        var command = new Command("profile-parse",
            "Time splitting rows, parsing dates, pseudonymising and writing records on the generated files.")
        {
            data,
        };
        command.SetAction(parsed => Execute(parsed.GetValue(data)!, output));
        return command;
    }

    private static int Execute(DirectoryInfo data, TextWriter output)
    {
        var dataset = RegionDataset.Load(data);
        var exports = dataset.DeviceFiles.Select(export => Path.Combine(data.FullName, export.File)).ToList();
        var logPath = Path.Combine(data.FullName, dataset.ConnectionLog);
        var clock = new PhaseClock();
        var intuneDates = new DateParser(null, "UTC");
        foreach (var export in exports)
        {
            clock.Time("Intune: split", () => ReadRows(export, (_, _) => 0));
            clock.Time("Intune: split + parse 2 dates", () => ReadRows(export, (file, row) =>
                ParseInstant(intuneDates, row.Get(file.Header.ToList().IndexOf("Last check-in")))
                + ParseInstant(intuneDates, row.Get(file.Header.ToList().IndexOf("Enrollment date")))));
        }

        var intuneFormat = new DateParser(["yyyy-MM-dd HH:mm:ss.FFFFFFF"], "UTC");
        foreach (var export in exports)
        {
            clock.Time("Intune: split + parse 2 dates with DateFormats set to the export's format", () =>
                ReadRows(export, (file, row) =>
                    ParseInstant(intuneFormat, row.Get(file.Header.ToList().IndexOf("Last check-in")))
                    + ParseInstant(intuneFormat, row.Get(file.Header.ToList().IndexOf("Enrollment date")))));
        }

        var days = new DateParser(["dd/MM/yyyy"], "UTC");
        var pseudonymizer = new Pseudonymizer(new byte[Pseudonymizer.MinimumKeyBytes]);
        clock.Time("ENT: split", () => ReadRows(logPath, (_, _) => 0));
        clock.Time("ENT: split + parse day", () => ReadRows(logPath, (_, row) => ParseInstant(days, row.Get(0))));
        clock.Time("ENT: split + pseudonymise", () => ReadRows(logPath, (_, row) =>
            pseudonymizer.Pseudonymize(row.Get(3)!).Length));
        var cache = new Dictionary<string, string>(StringComparer.Ordinal);
        clock.Time("ENT: split + pseudonymise once per distinct identifier", () => ReadRows(logPath, (_, row) =>
            Cached(cache, pseudonymizer, row.Get(3)!).Length));
        clock.Time("ENT: split + write records as the store does", () => WriteRecords(logPath, buffered: false));
        clock.Time("ENT: split + write records through a 64 KiB buffer", () => WriteRecords(logPath, buffered: true));
        foreach (var phase in clock.Phases)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase.Name}: {phase.Seconds:F2} s"));
        }

        return RegionApplication.ExitSucceeded;
    }

    private static string Cached(Dictionary<string, string> cache, Pseudonymizer pseudonymizer, string identifier)
    {
        if (!cache.TryGetValue(identifier, out var pseudonym))
        {
            pseudonym = pseudonymizer.Pseudonymize(identifier);
            cache.Add(identifier, pseudonym);
        }

        return pseudonym;
    }

    private static long ReadRows(string path, Func<DelimitedFile, DelimitedRow, long> step)
    {
        using var file = DelimitedFile.Open(path);
        long checksum = 0;
        while (file.ReadRow() is { } row)
        {
            checksum += step(file, row);
        }

        return checksum;
    }

    private static long ParseInstant(DateParser parser, string? text) =>
        parser.TryParseInstant(text, out var instant) ? instant.Day : 0;

    /// <summary>
    /// Writes one <see cref="PlatformActivity"/> per log row as the store's JSON-lines writer does: serialised into
    /// a <see cref="Utf8JsonWriter"/> over a fastest-level <see cref="GZipStream"/>, flushed after every record,
    /// with a flush of the compressor every 4,096 records. With <paramref name="buffered"/>, a buffer sits
    /// between the JSON writer and the compressor.
    /// </summary>
    private static long WriteRecords(string path, bool buffered)
    {
        using var gzip = new GZipStream(Stream.Null, CompressionLevel.Fastest);
        using var buffer = new BufferedStream(gzip, WriteBufferBytes);
        Stream target = buffered ? buffer : gzip;
        using var json = new Utf8JsonWriter(target, new JsonWriterOptions { SkipValidation = true });
        var pseudonym = new string('0', 32);
        return ReadRows(path, (_, row) =>
        {
            var activity = new PlatformActivity
            {
                Day = new DateOnly(2026, 11, 1), Platform = LocalInsightsEngine.Platform, Uai = row.Get(1)!,
                Role = PlatformRole.Student, PersonPseudonym = pseudonym, Service = row.Get(4), Connections = 1,
            };
            JsonSerializer.Serialize(json, activity, CanonicalJsonContext.Default.PlatformActivity);
            json.Flush();
            json.Reset();
            target.Write("\n"u8);
            if (!buffered && row.Line % FlushEveryRecords == 0)
            {
                gzip.Flush();
            }

            return 1;
        });
    }
}
