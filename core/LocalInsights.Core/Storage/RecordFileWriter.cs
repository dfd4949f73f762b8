using System.IO.Compression;
using System.Text.Json;

namespace LocalInsights.Core.Storage;

/// <summary>
/// Streams records of one type to a gzip-compressed JSON-lines object, counting them and hashing the bytes.
/// </summary>
internal sealed class RecordFileWriter<T> : IRecordFileWriter<T>
{
    /// <summary>Suffix of the file name.</summary>
    public const string Extension = ".jsonl.gz";

    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly ObjectWriter _target;
    private readonly HashingStream _hashing;
    private readonly GZipStream _gzip;
    private readonly Utf8JsonWriter _json;
    private readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> _typeInfo;

    private RecordFileWriter(string path, ObjectWriter target)
    {
        Path = path;
        _target = target;
        _hashing = new HashingStream(target.Stream, leaveOpen: true);
        _gzip = new GZipStream(_hashing, CompressionLevel.Fastest, leaveOpen: true);
        _json = new Utf8JsonWriter(_gzip, new JsonWriterOptions { SkipValidation = true });
        _typeInfo = CanonicalRecordKinds.TypeInfo<T>();
    }

    public string Path { get; }

    public string Kind { get; } = CanonicalRecordKinds.NameOf<T>();

    public long Records { get; private set; }

    public static async ValueTask<RecordFileWriter<T>> CreateAsync(
        IObjectStore store, string path, CancellationToken cancellationToken)
    {
        var target = await store.CreateAsync(path, cancellationToken).ConfigureAwait(false);
        return new RecordFileWriter<T>(path, target);
    }

    public async ValueTask WriteAsync(T record, CancellationToken cancellationToken)
    {
        JsonSerializer.Serialize(_json, record, _typeInfo);
        _json.Flush();
        _json.Reset();
        _gzip.Write(NewLine);
        Records++;
        if (_hashing.BytesCount > 0 && Records % 4096 == 0)
        {
            await _gzip.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask<ManifestFile> CommitAsync(CancellationToken cancellationToken)
    {
        await _json.DisposeAsync().ConfigureAwait(false);
        await _gzip.DisposeAsync().ConfigureAwait(false);
        await _hashing.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _target.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ManifestFile(Path, Kind, Records, _hashing.BytesCount, _hashing.HashHex());
    }

    public async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync().ConfigureAwait(false);
        await _gzip.DisposeAsync().ConfigureAwait(false);
        await _hashing.DisposeAsync().ConfigureAwait(false);
        await _target.DisposeAsync().ConfigureAwait(false);
    }
}

internal interface IRecordFileWriter : IAsyncDisposable
{
    string Path { get; }

    long Records { get; }

    ValueTask<ManifestFile> CommitAsync(CancellationToken cancellationToken);
}

/// <summary>A writer of the canonical file of records of type <typeparamref name="T"/>.</summary>
internal interface IRecordFileWriter<T> : IRecordFileWriter
{
    ValueTask WriteAsync(T record, CancellationToken cancellationToken);
}
