namespace LocalInsights.Bench.Measurement;

/// <summary>
/// Samples the managed heap on a background thread and keeps the peaks: the heap size the last garbage collection
/// left (live objects plus fragmentation and not-yet-collected older garbage) and the heap size including the
/// garbage allocated since.
/// </summary>
/// <remarks>
/// NOTE: a peak reached and released between two samples is missed. The interval is short compared with the
/// runs measured (seconds), and the post-collection size changes only as much as the live objects do.
/// </remarks>
internal sealed class ManagedHeapSampler : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(5);

    private readonly Thread _thread;
    private volatile bool _stopping;
    private long _peakAfterCollection;
    private long _peakIncludingGarbage;

    public ManagedHeapSampler()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "managed heap sampler" };
        _thread.Start();
    }

    /// <summary>Largest heap size, in bytes, that a garbage collection left during the sampling.</summary>
    public long PeakAfterCollection => Interlocked.Read(ref _peakAfterCollection);

    /// <summary>Largest heap size, in bytes, counting the garbage not yet collected at the sample.</summary>
    public long PeakIncludingGarbage => Interlocked.Read(ref _peakIncludingGarbage);

    /// <summary>Takes one last sample and stops the thread.</summary>
    public void Stop()
    {
        _stopping = true;
        _thread.Join();
        Sample();
    }

    public void Dispose()
    {
        if (!_stopping)
        {
            Stop();
        }
    }

    private void Run()
    {
        while (!_stopping)
        {
            Sample();
            Thread.Sleep(Interval);
        }
    }

    private void Sample()
    {
        Raise(ref _peakAfterCollection, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
        Raise(ref _peakIncludingGarbage, GC.GetTotalMemory(forceFullCollection: false));
    }

    private static void Raise(ref long peak, long value)
    {
        if (value > Interlocked.Read(ref peak))
        {
            Interlocked.Exchange(ref peak, value);
        }
    }
}
