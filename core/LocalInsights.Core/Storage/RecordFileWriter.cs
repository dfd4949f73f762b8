using System.Buffers;
using System.IO.Compression;
using System.Text.Json;

namespace LocalInsights.Core.Storage;

/// <summary>
/// Streams records of one type to a gzip-compressed JSON-lines object, counting them and hashing the bytes.
/// </summary>
/// <remarks>
/// Records are serialised into a memory buffer and handed to the compressor about 64 KiB at a time. Writing the JSON
/// writer straight to the compressor would flush the compressor after every record, which emits a tiny compressed
/// block and one write to the store per record.
/// </remarks>
internal sealed class RecordFileWriter<T> : IRecordFileWriter<T>
{
    /// <summary>Suffix of the file name.</summary>
    public const string Extension = ".jsonl.gz";

    private const int ChunkBytes = 1 << 16;
    private readonly ArrayBufferWriter<byte> _pending = new(ChunkBytes + 4096);
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
        _json = new Utf8JsonWriter(_pending, new JsonWriterOptions { SkipValidation = true });
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
        _pending.GetSpan(1)[0] = (byte)'\n';
        _pending.Advance(1);
        Records++;
        if (_pending.WrittenCount >= ChunkBytes)
        {
            await WritePendingAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask<ManifestFile> CommitAsync(CancellationToken cancellationToken)
    {
        await _json.DisposeAsync().ConfigureAwait(false);
        await WritePendingAsync(cancellationToken).ConfigureAwait(false);
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

    private async ValueTask WritePendingAsync(CancellationToken cancellationToken)
    {
        if (_pending.WrittenCount == 0)
        {
            return;
        }

        await _gzip.WriteAsync(_pending.WrittenMemory, cancellationToken).ConfigureAwait(false);
        _pending.ResetWrittenCount();
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
