namespace LocalInsights.Bench.Measurement;

/// <summary>
/// Measures the memory of one section of the program: <see cref="Start"/> collects the garbage left by earlier
/// work and resets the peak working set, <see cref="Stop"/> returns the figures of the section.
/// </summary>
internal sealed class MemoryProbe : IDisposable
{
    private readonly ManagedHeapSampler _sampler;
    private readonly bool _peakWasReset;
    private readonly long? _residentAtStart;
    private readonly long _allocatedAtStart;
    private readonly int[] _collectionsAtStart;
    private readonly TimeSpan _pauseAtStart;

    private MemoryProbe()
    {
        _peakWasReset = ProcessMemory.TryResetPeak();
        _residentAtStart = ProcessMemory.ResidentBytes();
        _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
        _collectionsAtStart = CollectionCounts();
        _pauseAtStart = GC.GetTotalPauseDuration();
        _sampler = new ManagedHeapSampler();
    }

    public static MemoryProbe Start()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return new MemoryProbe();
    }

    public MemoryFigures Stop()
    {
        _sampler.Stop();
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var collections = CollectionCounts();
        return new MemoryFigures(
            ProcessMemory.PeakResidentBytes(),
            _peakWasReset,
            _residentAtStart,
            _sampler.PeakAfterCollection,
            _sampler.PeakIncludingGarbage,
            info.HeapSizeBytes,
            info.TotalCommittedBytes,
            GC.GetTotalAllocatedBytes(precise: true) - _allocatedAtStart,
            collections.Select((count, generation) => count - _collectionsAtStart[generation]).ToArray(),
            (GC.GetTotalPauseDuration() - _pauseAtStart).TotalMilliseconds);
    }

    public void Dispose() => _sampler.Dispose();

    private static int[] CollectionCounts() =>
        Enumerable.Range(0, GC.MaxGeneration + 1).Select(GC.CollectionCount).ToArray();
}
