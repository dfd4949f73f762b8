using System.Globalization;
using System.Text.Json;

namespace LocalInsights.Bench.Streaming;

/// <summary>Prints a <see cref="StreamingResult"/> for people, then as one JSON line for scripts.</summary>
internal static class StreamingReport
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static async Task WriteAsync(StreamingResult result, TextWriter output)
    {
        foreach (var (label, value) in Fields(result))
        {
            await output.WriteLineAsync($"{label,-26}{value}").ConfigureAwait(false);
        }

        await output.WriteLineAsync(JsonSerializer.Serialize(result, BenchJsonContext.Default.StreamingResult))
            .ConfigureAwait(false);
    }

    /// <summary>Formats a byte count in MiB with one decimal, or <c>n/a</c> when it is unknown.</summary>
    public static string Mebibytes(long? bytes) =>
        bytes is { } value ? (value / 1048576.0).ToString("F1", Culture) : "n/a";

    /// <summary>Formats the load averages at the start and end of a run as <c>start/end</c>.</summary>
    public static string LoadAverages(StreamingResult result) =>
        string.Join('/', result.LoadAverages.Select(load => load?.ToString("F1", Culture) ?? "n/a"));

    private static IEnumerable<(string Label, string Value)> Fields(StreamingResult result)
    {
        var memory = result.Memory;
        var peakScope = memory.PeakWasReset
            ? "since the start of the pull"
            : "whole process, because the kernel rejected the reset";
        yield return ("rows", string.Create(Culture,
            $"{result.Rows:N0} ({Mebibytes(result.InputBytes)} MiB of CSV)"));
        yield return ("users", string.Create(Culture,
            $"{result.Users:N0} ({result.DistinctUsers:N0} on at least one row), {result.Establishments} écoles"));
        yield return ("elapsed", string.Create(Culture,
            $"{result.ElapsedSeconds:F2} s (pull {result.PullSeconds:F2} s, "
            + $"aggregation {result.AggregationSeconds:F2} s)"));
        yield return ("rows/s", result.RowsPerSecond.ToString("N0", Culture));
        yield return ("processor time", string.Create(Culture,
            $"{result.ProcessorSeconds:F2} s; load average {LoadAverages(result)} at the start/end"));
        yield return ("peak working set", string.Create(Culture,
            $"{Mebibytes(memory.PeakResidentBytes)} MiB (VmHWM {peakScope}; "
            + $"{Mebibytes(memory.ResidentAtStartBytes)} MiB at the start)"));
        yield return ("peak managed heap", string.Create(Culture,
            $"{Mebibytes(memory.PeakHeapAfterCollectionBytes)} MiB after a collection, "
            + $"{Mebibytes(memory.PeakHeapIncludingGarbageBytes)} MiB with uncollected garbage (sampled)"));
        yield return ("managed heap at the end", string.Create(Culture,
            $"{Mebibytes(memory.HeapAtEndBytes)} MiB ({Mebibytes(memory.CommittedAtEndBytes)} MiB committed)"));
        yield return ("allocated", string.Create(Culture,
            $"{Mebibytes(memory.AllocatedBytes)} MiB, collections {string.Join('/', memory.Collections)} "
            + $"(gen 0/1/2), paused {memory.PauseMilliseconds:F0} ms"));
        yield return ("runtime", $"{result.Runtime}, {result.GarbageCollector} garbage collector");
    }
}
