using System.Globalization;
using System.Text;
using System.Text.Json;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;

namespace LocalInsights.Core.Storage;

/// <summary>
/// Stores what one pull produces under a folder of its own run id, and makes it visible by writing the manifest
/// last. Until then readers keep seeing the previous pull of the same window; on failure nothing changes.
/// </summary>
internal sealed class PullSession : IAsyncDisposable
{
    private readonly IObjectStore _store;
    private readonly Dictionary<Type, IRecordFileWriter> _writers = [];
    private readonly List<string> _committedPaths = [];
    private readonly string _source;
    private ObjectWriter? _rejectsWriter;
    private StreamWriter? _rejectsText;

    public PullSession(IObjectStore store, string environment, string connector, string connectorType,
        PullWindow window, string runId)
    {
        _store = store;
        Environment = environment;
        Connector = connector;
        ConnectorType = connectorType;
        Window = window;
        RunId = runId;
        _source = connector;
    }

    public string Environment { get; }

    public string Connector { get; }

    public string ConnectorType { get; }

    public PullWindow Window { get; }

    public string RunId { get; }

    public long RecordsWritten => _writers.Values.Sum(writer => writer.Records);

    public long RejectedRows { get; private set; }

    public static string ManifestPath(string environment, string connector, PullWindow window) =>
        StoragePath.Combine(environment, StoragePath.Canonical, connector, window.Label, "manifest.json");

    /// <summary>
    /// Writes <paramref name="record"/> to the pull's file of its type, creating the file on the first record:
    /// binary for <see cref="PlatformActivity"/>, gzip-compressed JSON lines for every other type.
    /// </summary>
    public ValueTask WriteAsync<T>(T record, CancellationToken cancellationToken) =>
        _writers.TryGetValue(typeof(T), out var writer)
            ? ((IRecordFileWriter<T>)writer).WriteAsync(record, cancellationToken)
            : CreateWriterAndWriteAsync(record, cancellationToken);

    /// <summary>Writes one platform activity record given as a row, to the same file as its object would go.</summary>
    public ValueTask WriteActivityAsync(in ActivityRow row, CancellationToken cancellationToken) =>
        _writers.TryGetValue(typeof(PlatformActivity), out var writer)
            ? ((ActivityRecordFileWriter)writer).WriteAsync(row, cancellationToken)
            : CreateActivityWriterAndWriteAsync(row, cancellationToken);

    public async ValueTask RejectAsync(Reject reject, CancellationToken cancellationToken)
    {
        if (_rejectsText is null)
        {
            _rejectsWriter = await _store.CreateAsync(RejectsPath, cancellationToken).ConfigureAwait(false);
            _rejectsText = new StreamWriter(_rejectsWriter.Stream, HumanCsv.Encoding, 65536, leaveOpen: true);
            await _rejectsText.WriteLineAsync("source;file;line;field;value;reason".AsMemory(), cancellationToken)
                .ConfigureAwait(false);
        }

        var line = HumanCsv.Line([
            HumanCsv.Text(_source),
            HumanCsv.Text(reject.File),
            reject.Line?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            HumanCsv.Text(reject.Field),
            HumanCsv.Text(reject.Value),
            HumanCsv.Text(reject.Reason),
        ]);
        await _rejectsText.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        RejectedRows++;
    }

    /// <summary>Stores a copy of a source file, gzip-compressed, under <c>raw/</c>.</summary>
    public async ValueTask StoreRawAsync(string name, Stream content, CancellationToken cancellationToken)
    {
        var path = StoragePath.Combine(Environment, StoragePath.Raw, Connector, Window.Label, RunId, name + ".gz");
        await using var writer = await _store.CreateAsync(path, cancellationToken).ConfigureAwait(false);
        await using (var gzip = new System.IO.Compression.GZipStream(
            writer.Stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            await content.CopyToAsync(gzip, cancellationToken).ConfigureAwait(false);
        }

        await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
        _committedPaths.Add(path);
    }

    /// <summary>Commits every file, writes the manifest, then removes earlier attempts of the same window.</summary>
    public async Task<PullManifest> CompleteAsync(DateTimeOffset completedAt, CancellationToken cancellationToken)
    {
        var files = new List<ManifestFile>();
        foreach (var writer in _writers.Values)
        {
            var file = await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
            _committedPaths.Add(file.Path);
            files.Add(file);
            if (writer is ActivityRecordFileWriter { Summary: { } summary })
            {
                _committedPaths.Add(summary.Path);
                files.Add(summary);
            }
        }

        string? rejectsPath = null;
        if (_rejectsText is not null && _rejectsWriter is not null)
        {
            await _rejectsText.DisposeAsync().ConfigureAwait(false);
            _rejectsText = null;
            await _rejectsWriter.CommitAsync(cancellationToken).ConfigureAwait(false);
            _committedPaths.Add(RejectsPath);
            rejectsPath = RejectsPath;
        }

        var manifest = new PullManifest
        {
            Environment = Environment,
            Connector = Connector,
            ConnectorType = ConnectorType,
            RunId = RunId,
            WindowFrom = Window.From,
            WindowTo = Window.To,
            CompletedAt = completedAt,
            Files = files.OrderBy(file => file.Kind, StringComparer.Ordinal).ToList(),
            RejectedRows = RejectedRows,
            RejectsPath = rejectsPath,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(manifest, ReadableJsonContext.Default.PullManifest);
        await _store.WriteAllBytesAsync(ManifestPath(Environment, Connector, Window), json, cancellationToken)
            .ConfigureAwait(false);

        await RemoveOtherAttemptsAsync(cancellationToken).ConfigureAwait(false);
        return manifest;
    }

    /// <summary>Deletes what this attempt committed before it failed, leaving the previous pull in place.</summary>
    public async Task AbandonAsync(CancellationToken cancellationToken)
    {
        foreach (var path in _committedPaths)
        {
            await _store.DeleteAsync(path, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _writers.Values)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }

        if (_rejectsText is not null)
        {
            await _rejectsText.DisposeAsync().ConfigureAwait(false);
        }

        if (_rejectsWriter is not null)
        {
            await _rejectsWriter.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask CreateWriterAndWriteAsync<T>(T record, CancellationToken cancellationToken)
    {
        var kind = CanonicalRecordKinds.NameOf<T>();
        IRecordFileWriter<T> writer;
        if (typeof(T) == typeof(PlatformActivity))
        {
            var activityWriter = await ActivityRecordFileWriter.CreateAsync(
                _store, RecordFilePath(kind + ActivityFileFormat.Extension), cancellationToken).ConfigureAwait(false);
            writer = (IRecordFileWriter<T>)(object)activityWriter;
        }
        else
        {
            writer = await RecordFileWriter<T>.CreateAsync(
                _store, RecordFilePath(kind + RecordFileWriter<T>.Extension), cancellationToken).ConfigureAwait(false);
        }

        _writers.Add(typeof(T), writer);
        await writer.WriteAsync(record, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask CreateActivityWriterAndWriteAsync(ActivityRow row, CancellationToken cancellationToken)
    {
        var writer = await GetActivityWriterAsync(cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the pull's platform activity writer, creating its file on the first call.</summary>
    public async ValueTask<ActivityRecordFileWriter> GetActivityWriterAsync(CancellationToken cancellationToken)
    {
        if (_writers.TryGetValue(typeof(PlatformActivity), out var existing))
        {
            return (ActivityRecordFileWriter)existing;
        }

        var kind = CanonicalRecordKinds.NameOf<PlatformActivity>();
        var writer = await ActivityRecordFileWriter.CreateAsync(
            _store, RecordFilePath(kind + ActivityFileFormat.Extension), cancellationToken).ConfigureAwait(false);
        _writers.Add(typeof(PlatformActivity), writer);
        return writer;
    }

    private string RecordFilePath(string fileName) =>
        StoragePath.Combine(Environment, StoragePath.Canonical, Connector, Window.Label, RunId, fileName);

    private string RejectsPath =>
        StoragePath.Combine(Environment, StoragePath.Rejects, Connector, Window.Label, RunId, "rejects.csv");

    private async Task RemoveOtherAttemptsAsync(CancellationToken cancellationToken)
    {
        foreach (var layer in new[] { StoragePath.Canonical, StoragePath.Raw, StoragePath.Rejects })
        {
            var prefix = StoragePath.Combine(Environment, layer, Connector, Window.Label) + "/";
            var stale = new List<string>();
            await foreach (var item in _store.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
            {
                var rest = item.Path[prefix.Length..];
                var slash = rest.IndexOf('/', StringComparison.Ordinal);
                if (slash > 0 && !rest.AsSpan(0, slash).SequenceEqual(RunId))
                {
                    stale.Add(item.Path);
                }
            }

            foreach (var path in stale)
            {
                await _store.DeleteAsync(path, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
