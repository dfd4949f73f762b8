using LocalInsights.Bench.Measurement;

namespace LocalInsights.Bench.Streaming;

/// <summary>
/// Outcome of one streaming run, with times in seconds. <see cref="ElapsedSeconds"/> and <see cref="Memory"/>
/// cover the pull and the aggregation, not the generation of the input.
/// </summary>
/// <param name="Rows">Rows of the generated log.</param>
/// <param name="Users">Size of the population the rows are drawn from.</param>
/// <param name="DistinctUsers">Users that appear on at least one row.</param>
/// <param name="Seed">Seed of the generator.</param>
/// <param name="Establishments">Écoles the users are spread over.</param>
/// <param name="InputBytes">Size of the generated log.</param>
/// <param name="GenerationSeconds">Time to write the log, outside the measured section.</param>
/// <param name="PullSeconds">Time of the pull, from the connector's first row to the manifest.</param>
/// <param name="AggregationSeconds">Time of the aggregation of the month.</param>
/// <param name="ElapsedSeconds">Pull and aggregation together.</param>
/// <param name="RowsPerSecond">Rows divided by <paramref name="ElapsedSeconds"/>.</param>
/// <param name="ProcessorSeconds">
/// Processor time of the whole process (user and system, every thread) during the pull and the aggregation.
/// </param>
/// <param name="LoadAverages">
/// One-minute load average of the machine at the start and at the end of the pull and the aggregation.
/// </param>
/// <param name="RecordsWritten">Records the pull stored.</param>
/// <param name="RejectedRows">Rows the pull rejected, zero for a generated log.</param>
/// <param name="PlatformUseFacts">Rows of the platform-use fact table.</param>
/// <param name="Memory">Memory of the pull and the aggregation.</param>
/// <param name="Runtime">The .NET runtime that ran the benchmark.</param>
/// <param name="GarbageCollector">Workstation or server garbage collector, and whether it is concurrent.</param>
internal sealed record StreamingResult(
    long Rows,
    int Users,
    int DistinctUsers,
    long Seed,
    int Establishments,
    long InputBytes,
    double GenerationSeconds,
    double PullSeconds,
    double AggregationSeconds,
    double ElapsedSeconds,
    double RowsPerSecond,
    double ProcessorSeconds,
    IReadOnlyList<double?> LoadAverages,
    long RecordsWritten,
    long RejectedRows,
    int PlatformUseFacts,
    MemoryFigures Memory,
    string Runtime,
    string GarbageCollector)
{
    /// <summary>Name the machine-readable line carries, so that a reader can tell it from other output.</summary>
    public string Benchmark { get; init; } = "streaming";
}
