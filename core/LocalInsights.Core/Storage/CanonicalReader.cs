using System.IO.Compression;
using System.Security.Cryptography;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Core.Storage;

/// <summary>
/// Reads the canonical layer of one environment and window: only pulls whose manifest exists, only the files
/// the manifest lists, each checked against its recorded SHA-256 as it streams.
/// </summary>
public sealed class CanonicalReader(IObjectStore store)
{
    /// <summary>Lists the manifests of the completed pulls of <paramref name="window"/>.</summary>
    public async Task<IReadOnlyList<PullManifest>> ListManifestsAsync(
        string environment, PullWindow window, CancellationToken cancellationToken)
    {
        var prefix = StoragePath.Combine(environment, StoragePath.Canonical) + "/";
        var suffix = "/" + window.Label + "/manifest.json";
        var manifests = new List<PullManifest>();
        await foreach (var item in store.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            if (!item.Path.EndsWith(suffix, StringComparison.Ordinal)
                || item.Path.AsSpan(prefix.Length, item.Path.Length - prefix.Length - suffix.Length).Contains('/'))
            {
                continue;
            }

            var bytes = await store.ReadAllBytesAsync(item.Path, cancellationToken).ConfigureAwait(false);
            if (bytes is not null)
            {
                manifests.Add(JsonSerializer.Deserialize(bytes, ReadableJsonContext.Default.PullManifest)
                    ?? throw new InvalidDataException($"Manifest {item.Path} is empty."));
            }
        }

        return manifests;
    }

    /// <summary>Streams every record of type <typeparamref name="T"/> of the window, pull by pull.</summary>
    public async IAsyncEnumerable<T> ReadAsync<T>(
        string environment, PullWindow window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var manifests = await ListManifestsAsync(environment, window, cancellationToken).ConfigureAwait(false);
        foreach (var manifest in manifests)
        {
            await foreach (var record in ReadAsync<T>(manifest, cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }
    }

    /// <summary>
    /// Streams, of each pull, the latest snapshot in <paramref name="window"/> of every device, as the monthly
    /// aggregation counts them. A source that stores a snapshot a day lists each device once, and a device missing
    /// from a pull's later snapshots keeps its last one. Reads each pull twice and keeps one date per device of the
    /// pull in memory.
    /// </summary>
    public async IAsyncEnumerable<DeviceSnapshot> ReadLatestDevicesAsync(
        string environment, PullWindow window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var manifests = await ListManifestsAsync(environment, window, cancellationToken).ConfigureAwait(false);
        foreach (var manifest in manifests)
        {
            var latest = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            await foreach (var device in ReadAsync<DeviceSnapshot>(manifest, cancellationToken).ConfigureAwait(false))
            {
                if (window.Contains(device.SnapshotDate)
                    && (!latest.TryGetValue(device.DeviceId, out var known) || device.SnapshotDate > known))
                {
                    latest[device.DeviceId] = device.SnapshotDate;
                }
            }

            await foreach (var device in ReadAsync<DeviceSnapshot>(manifest, cancellationToken).ConfigureAwait(false))
            {
                if (latest.TryGetValue(device.DeviceId, out var date) && device.SnapshotDate == date)
                {
                    yield return device;
                }
            }
        }
    }

    /// <summary>
    /// Streams the records of type <typeparamref name="T"/> of one pull. A file whose path ends in <c>.bin</c> is
    /// a binary platform activity file. Any other file is gzip-compressed JSON lines, which is also how stores
    /// written by earlier versions keep platform activity.
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// A file is missing, malformed, or does not match the SHA-256 of the manifest. The message names the file and
    /// the line, record or byte.
    /// </exception>
    public async IAsyncEnumerable<T> ReadAsync<T>(
        PullManifest manifest, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var kind = CanonicalRecordKinds.NameOf<T>();
        foreach (var file in manifest.Files.Where(file => file.Kind == kind))
        {
            using var hashing = await OpenAsync(manifest, file, cancellationToken).ConfigureAwait(false);
            if (file.Path.EndsWith(ActivityFileFormat.Extension, StringComparison.Ordinal))
            {
                if (typeof(T) != typeof(PlatformActivity))
                {
                    throw new InvalidDataException(
                        $"File {file.Path} is a binary file, but only {CanonicalRecordKinds.NameOf<PlatformActivity>()}"
                        + $" files are stored that way, not {kind}.");
                }

                var activities = new ActivityRecordFileReader(hashing, file.Path);
                while (await activities.ReadBlockAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (activities.TryRead(out var activity))
                    {
                        yield return (T)(object)activity;
                    }
                }
            }
            else
            {
                await foreach (var record in ReadJsonLinesAsync<T>(hashing, file.Path, cancellationToken)
                                   .ConfigureAwait(false))
                {
                    yield return record;
                }
            }

            await VerifyAsync(hashing, file, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Feeds the platform activity of one pull to <paramref name="sink"/>: the records of a binary file as indexes
    /// into its string tables, with no object per record, and those of a JSON-lines file as records. Checks every
    /// file as <see cref="ReadAsync{T}(PullManifest, CancellationToken)"/> does.
    /// </summary>
    internal async Task ReadActivityAsync(PullManifest manifest, IActivitySink sink,
        CancellationToken cancellationToken)
    {
        var kind = CanonicalRecordKinds.NameOf<PlatformActivity>();
        if (await ReadSummaryAsync(manifest, cancellationToken).ConfigureAwait(false) is { } summary)
        {
            if (summary.DayRange is not { } days || sink.Covers(days.First, days.Last))
            {
                sink.Add(summary);
                return;
            }
        }

        foreach (var file in manifest.Files.Where(file => file.Kind == kind))
        {
            if (!file.Path.EndsWith(ActivityFileFormat.Extension, StringComparison.Ordinal))
            {
                await foreach (var record in ReadAsync<PlatformActivity>(
                                       manifest with { Files = [file] }, cancellationToken)
                                   .ConfigureAwait(false))
                {
                    sink.Add(record);
                }

                continue;
            }

            using var hashing = await OpenAsync(manifest, file, cancellationToken).ConfigureAwait(false);
            var activities = new ActivityRecordFileReader(hashing, file.Path);
            while (await activities.ReadBlockAsync(cancellationToken).ConfigureAwait(false))
            {
                while (activities.TryReadEntry(out var entry))
                {
                    sink.Add(entry, activities);
                }
            }

            await VerifyAsync(hashing, file, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the pull's activity summary, checked against its SHA-256 and against the record count of the records
    /// file it summarises, or returns null when the pull has none, as pulls written before summaries existed.
    /// </summary>
    private async Task<ActivitySummary?> ReadSummaryAsync(PullManifest manifest, CancellationToken cancellationToken)
    {
        var kind = CanonicalRecordKinds.NameOf<PlatformActivity>();
        var records = manifest.Files.Where(file => file.Kind == kind).ToList();
        var file = manifest.Files.SingleOrDefault(file => file.Kind == ActivitySummary.Kind);
        if (file is null || records.Count != 1)
        {
            return null;
        }

        var bytes = await store.ReadAllBytesAsync(file.Path, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException(
                $"File {file.Path} listed in the manifest of pull {manifest.RunId} is missing from {store.Location}.");
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256, StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"File {file.Path} does not match the SHA-256 in its manifest: it changed after the pull completed.");
        }

        var summary = ActivitySummary.Read(bytes, file.Path);
        if (summary.Records != records[0].Records)
        {
            throw new InvalidDataException(
                $"File {file.Path} summarises {summary.Records} records, but {records[0].Path} holds "
                + $"{records[0].Records}.");
        }

        return summary;
    }

    private async Task<HashingStream> OpenAsync(PullManifest manifest, ManifestFile file,
        CancellationToken cancellationToken)
    {
        var stream = await store.OpenReadAsync(file.Path, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException(
                $"File {file.Path} listed in the manifest of pull {manifest.RunId} is missing from "
                + $"{store.Location}.");
        return new HashingStream(stream, leaveOpen: false);
    }

    /// <summary>Reads what is left of the file and compares its SHA-256 with the manifest's.</summary>
    private static async Task VerifyAsync(HashingStream hashing, ManifestFile file,
        CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        while (await hashing.ReadAsync(buffer, cancellationToken).ConfigureAwait(false) > 0)
        {
        }

        if (!string.Equals(hashing.HashHex(), file.Sha256, StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"File {file.Path} does not match the SHA-256 in its manifest: "
                + "it changed after the pull completed.");
        }
    }

    /// <summary>
    /// Reads gzip-compressed JSON lines block by block and deserialises each line from its UTF-8 bytes, with no
    /// string per line.
    /// </summary>
    /// <summary>Lines of a block from which they are deserialised side by side.</summary>
    private const int ParallelLines = 64;

    private static async IAsyncEnumerable<T> ReadJsonLinesAsync<T>(
        Stream stream, string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var typeInfo = CanonicalRecordKinds.TypeInfo<T>();
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        var buffer = new byte[1 << 16];
        var start = 0;
        var end = 0;
        var lineNumber = 0L;
        var atEnd = false;
        var lines = new List<(ArraySegment<byte> Line, long Number)>();
        while (!atEnd)
        {
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await gzip.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            end += read;
            atEnd = read == 0;
            lines.Clear();
            while (start < end)
            {
                var length = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (length < 0 && !atEnd)
                {
                    break;
                }

                length = length < 0 ? end - start : length;
                lineNumber++;
                var line = new ArraySegment<byte>(buffer, start, length);
                start += Math.Min(length + 1, end - start);
                if (TrimLine(ref line, lineNumber))
                {
                    lines.Add((line, lineNumber));
                }
            }

            foreach (var record in DeserializeAll(lines, typeInfo, path))
            {
                yield return record;
            }
        }
    }

    /// <summary>
    /// Deserialises the complete lines of one block, side by side when there are enough of them, and returns the
    /// records in line order. A line that fails throws when its turn comes, so the first bad line is the one named.
    /// </summary>
    private static IEnumerable<T> DeserializeAll<T>(
        List<(ArraySegment<byte> Line, long Number)> lines, JsonTypeInfo<T> typeInfo, string path)
    {
        if (lines.Count < ParallelLines)
        {
            foreach (var (line, number) in lines)
            {
                yield return Deserialize(line, typeInfo, path, number);
            }

            yield break;
        }

        var records = new T[lines.Count];
        var failures = new Exception?[lines.Count];
        Parallel.For(0, lines.Count, index =>
        {
            try
            {
                records[index] = Deserialize(lines[index].Line, typeInfo, path, lines[index].Number);
            }
            catch (InvalidDataException exception)
            {
                failures[index] = exception;
            }
        });
        for (var index = 0; index < records.Length; index++)
        {
            if (failures[index] is { } failure)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }

            yield return records[index];
        }
    }

    /// <summary>Drops a carriage return, and a byte order mark on line 1; returns false for a blank line.</summary>
    private static bool TrimLine(ref ArraySegment<byte> line, long lineNumber)
    {
        if (lineNumber == 1 && line.AsSpan().StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }

        if (line.Count > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        return line.Count > 0;
    }

    private static T Deserialize<T>(
        ArraySegment<byte> line, JsonTypeInfo<T> typeInfo, string path, long lineNumber)
    {
        try
        {
            return JsonSerializer.Deserialize(line.AsSpan(), typeInfo)
                ?? throw new InvalidDataException($"File {path} line {lineNumber} contains null, not a record.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException(
                $"File {path} line {lineNumber} is not a valid {typeof(T).Name} record: {exception.Message}",
                exception);
        }
    }
}

/// <summary>What takes the platform activity of <see cref="CanonicalReader.ReadActivityAsync"/>.</summary>
internal interface IActivitySink
{
    /// <summary>Takes a record of a JSON-lines file.</summary>
    void Add(PlatformActivity activity);

    /// <summary>Returns whether all days from <paramref name="firstDay"/> to <paramref name="lastDay"/> count.</summary>
    bool Covers(int firstDay, int lastDay);

    /// <summary>Takes the summary of a pull's records, in place of the records.</summary>
    void Add(ActivitySummary summary);

    /// <summary>
    /// Takes a record of a binary file as indexes into the tables of <paramref name="file"/>, which stays the same
    /// object for all the records of one file.
    /// </summary>
    void Add(in ActivityEntry entry, ActivityRecordFileReader file);
}
