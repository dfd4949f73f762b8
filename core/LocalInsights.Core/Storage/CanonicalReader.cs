using System.IO.Compression;
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
            var stream = await store.OpenReadAsync(file.Path, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException(
                    $"File {file.Path} listed in the manifest of pull {manifest.RunId} is missing from "
                    + $"{store.Location}.");
            using var hashing = new HashingStream(stream, leaveOpen: false);
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
    }

    private static async IAsyncEnumerable<T> ReadJsonLinesAsync<T>(
        Stream stream, string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var typeInfo = CanonicalRecordKinds.TypeInfo<T>();
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip);
        var lineNumber = 0L;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (line.Length > 0)
            {
                yield return Deserialize(line, typeInfo, path, lineNumber);
            }
        }
    }

    private static T Deserialize<T>(string line, JsonTypeInfo<T> typeInfo, string path, long lineNumber)
    {
        try
        {
            return JsonSerializer.Deserialize(line, typeInfo)
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
