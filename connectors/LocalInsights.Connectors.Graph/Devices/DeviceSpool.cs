using System.IO.Compression;
using System.Text;
using System.Text.Json;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;

namespace LocalInsights.Connectors.Graph.Devices;

/// <summary>
/// A temporary, compressed file of the device records of one listing, in the order read, so that the listing
/// streams through the pull and only the <see cref="DeviceIndex"/> stays in memory. The records hold no personal
/// field. The file is deleted when the spool is disposed.
/// </summary>
internal sealed class DeviceSpool : IDisposable
{
    private readonly FileStream _file;
    private GZipStream? _gzip;
    private StreamWriter? _writer;

    public DeviceSpool()
    {
        var name = "localinsights-graph-" + Guid.NewGuid().ToString("N") + ".jsonl.gz";
        var path = Path.Combine(Path.GetTempPath(), name);
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        _gzip = new GZipStream(_file, CompressionLevel.Fastest, leaveOpen: true);
        _writer = new StreamWriter(_gzip, new UTF8Encoding(false), 1 << 16);
    }

    public int Count { get; private set; }

    /// <summary>Appends a record and returns its position.</summary>
    public async ValueTask<int> AppendAsync(DeviceSnapshot device, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(device, CanonicalJsonContext.Default.DeviceSnapshot);
        await _writer!.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        return Count++;
    }

    /// <summary>Closes the writing side and streams the records back with their positions.</summary>
    public async IAsyncEnumerable<(int Position, DeviceSnapshot Device)> ReadAllAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await _writer!.DisposeAsync().ConfigureAwait(false);
        _writer = null;
        _gzip = null;
        _file.Position = 0;
        using var gzip = new GZipStream(_file, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var position = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var device = JsonSerializer.Deserialize(line, CanonicalJsonContext.Default.DeviceSnapshot)
                ?? throw new InvalidDataException("The device spool contains an empty line.");
            yield return (position++, device);
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _gzip?.Dispose();
        _file.Dispose();
    }
}
