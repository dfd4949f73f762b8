using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;

namespace LocalInsights.Core.Aggregation;

/// <summary>
/// Reads the device records of pulls as they complete, while the other pulls of the run go on, so that the
/// aggregation that follows reads only the rest. Device records are most of what an aggregation reads, and a device
/// pull often ends well before a log pull.
/// </summary>
/// <remarks>
/// Reads run one after the other on the thread pool. The aggregation uses what was read only for the manifests it
/// lists itself. When a pull read ahead is no longer the latest of its connector, the aggregation reads every pull
/// again.
/// </remarks>
public sealed class DeviceReadAhead
{
    private readonly CanonicalReader _reader;
    private readonly List<PullManifest> _manifests = [];
    private readonly Lock _gate = new();
    private Task _reads = Task.CompletedTask;

    public DeviceReadAhead(IObjectStore store, PullWindow window, AggregationOptions options)
    {
        _reader = new CanonicalReader(store);
        Window = window;
        Options = options;
        Devices = new DeviceAggregation(window, options);
    }

    internal PullWindow Window { get; }

    internal AggregationOptions Options { get; }

    internal DeviceAggregation Devices { get; }

    /// <summary>Starts reading the devices of <paramref name="manifest"/>, after the pulls added before.</summary>
    public void Add(PullManifest manifest, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var previous = _reads;
            _reads = Task.Run(async () =>
            {
                await previous.ConfigureAwait(false);
                await foreach (var device in _reader.ReadAsync<DeviceSnapshot>(manifest, cancellationToken)
                                   .ConfigureAwait(false))
                {
                    Devices.Add(device);
                }
            }, cancellationToken);
            _manifests.Add(manifest);
        }
    }

    /// <summary>
    /// Waits for the reads started and returns the manifests read, with the first failure to read their files, such as
    /// an <see cref="InvalidDataException"/> for a file that no longer matches its manifest or was removed because a
    /// newer pull replaced it. The caller decides whether the failure matters.
    /// </summary>
    internal async Task<(IReadOnlyList<PullManifest> Manifests, Exception? Failure)> CompleteAsync()
    {
        Task reads;
        IReadOnlyList<PullManifest> manifests;
        lock (_gate)
        {
            reads = _reads;
            manifests = [.. _manifests];
        }

        try
        {
            await reads.ConfigureAwait(false);
            return (manifests, null);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            return (manifests, exception);
        }
    }
}
