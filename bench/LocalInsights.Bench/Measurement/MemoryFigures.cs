namespace LocalInsights.Bench.Measurement;

/// <summary>
/// Memory used by a measured section, in bytes. Resident figures are null where <c>/proc</c> is absent.
/// </summary>
/// <param name="PeakResidentBytes">
/// Peak working set (<c>VmHWM</c>) of the process. It covers only the section when <paramref name="PeakWasReset"/>
/// is true, else the whole life of the process.
/// </param>
/// <param name="PeakWasReset">True when the kernel reset the peak at the start of the section.</param>
/// <param name="ResidentAtStartBytes">Working set (<c>VmRSS</c>) when the section started.</param>
/// <param name="PeakHeapAfterCollectionBytes">Largest managed heap a garbage collection left, sampled.</param>
/// <param name="PeakHeapIncludingGarbageBytes">Largest managed heap counting uncollected garbage, sampled.</param>
/// <param name="HeapAtEndBytes">Managed heap size after the last collection of the section.</param>
/// <param name="CommittedAtEndBytes">Memory the garbage collector had committed at the end.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap during the section.</param>
/// <param name="Collections">Garbage collections of generation 0, 1 and 2 during the section.</param>
/// <param name="PauseMilliseconds">Time the garbage collector paused the program during the section.</param>
internal sealed record MemoryFigures(
    long? PeakResidentBytes,
    bool PeakWasReset,
    long? ResidentAtStartBytes,
    long PeakHeapAfterCollectionBytes,
    long PeakHeapIncludingGarbageBytes,
    long HeapAtEndBytes,
    long CommittedAtEndBytes,
    long AllocatedBytes,
    IReadOnlyList<int> Collections,
    double PauseMilliseconds);
