using System.Globalization;

namespace LocalInsights.Bench.Streaming;

/// <summary>Prints streaming results as a Markdown table, one row per run, in the order they ran.</summary>
internal static class StreamingTable
{
    private static readonly string[] Headers =
    [
        "Run", "Rows", "Users", "Elapsed (s)", "Processor (s)", "Rows/s", "Peak working set (MiB)",
        "Working set at start (MiB)", "Peak managed heap after GC (MiB)", "Peak managed heap with garbage (MiB)",
        "Allocated (MiB)", "GCs gen 0/1/2", "Load average start/end",
    ];

    public static async Task WriteAsync(IReadOnlyList<StreamingResult> results, TextWriter output)
    {
        await output.WriteLineAsync(Row(Headers)).ConfigureAwait(false);
        var alignments = Headers.Select((_, index) => index == 0 ? "---" : "---:");
        await output.WriteLineAsync(Row(alignments)).ConfigureAwait(false);
        for (var index = 0; index < results.Count; index++)
        {
            await output.WriteLineAsync(Row(Cells(index + 1, results[index]))).ConfigureAwait(false);
        }
    }

    private static IEnumerable<string> Cells(int run, StreamingResult result)
    {
        var culture = CultureInfo.InvariantCulture;
        var memory = result.Memory;
        return
        [
            run.ToString(culture),
            result.Rows.ToString("N0", culture),
            result.Users.ToString("N0", culture),
            result.ElapsedSeconds.ToString("F2", culture),
            result.ProcessorSeconds.ToString("F2", culture),
            result.RowsPerSecond.ToString("N0", culture),
            StreamingReport.Mebibytes(memory.PeakResidentBytes),
            StreamingReport.Mebibytes(memory.ResidentAtStartBytes),
            StreamingReport.Mebibytes(memory.PeakHeapAfterCollectionBytes),
            StreamingReport.Mebibytes(memory.PeakHeapIncludingGarbageBytes),
            StreamingReport.Mebibytes(memory.AllocatedBytes),
            string.Join('/', memory.Collections),
            StreamingReport.LoadAverages(result),
        ];
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";
}
