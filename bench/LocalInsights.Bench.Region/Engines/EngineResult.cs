namespace LocalInsights.Bench.Region.Engines;

/// <summary>
/// Measurements of one engine run, printed as a JSON line. Elapsed runs from the start of the command, after
/// the runtime has started, until the facts file is written. Peak working set is <c>VmHWM</c> of the whole process.
/// </summary>
internal sealed record EngineResult(
    string Engine,
    long DeviceRows,
    long ActivityRows,
    double ElapsedSeconds,
    double RowsPerSecond,
    long? PeakWorkingSetBytes,
    double ProcessorSeconds,
    double? LoadAverageAtStart,
    double? LoadAverageAtEnd,
    IReadOnlyList<PhaseTiming> Phases,
    int DeviceFacts,
    int PlatformFacts,
    string FactsPath,
    string Runtime,
    string Detail);
