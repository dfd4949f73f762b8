using System.Globalization;
using LocalInsights.Core.Storage;
using LocalInsights.Hosting.History;

namespace LocalInsights.Cli;

/// <summary>Writes runs, one line each with an indented line per failure, for <c>runs list</c>.</summary>
internal static class RunListWriter
{
    /// <summary>Writes rows of the run history table.</summary>
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<RunHistoryEntry> runs)
    {
        var culture = CultureInfo.InvariantCulture;
        foreach (var run in runs)
        {
            var started = run.StartedAt ?? run.QueuedAt;
            await output.WriteLineAsync(string.Create(culture,
                $"{started:yyyy-MM-dd HH:mm}Z  {run.Environment}  {run.Kind} {run.Connector ?? "-"}  {run.Month}  "
                + $"{run.Status}  attempt {run.Attempt}/{run.MaxAttempts}  read {run.Read:N0}  "
                + $"written {run.Written:N0}  rejected {run.Rejected:N0}  run {run.RunId}")).ConfigureAwait(false);
            await WriteFailureAsync(output, run.Failure).ConfigureAwait(false);
        }
    }

    /// <summary>Writes run records of the store, with one line per step.</summary>
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<RunRecord> records)
    {
        var culture = CultureInfo.InvariantCulture;
        foreach (var record in records)
        {
            await output.WriteLineAsync(string.Create(culture,
                $"{record.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm}Z  {record.Environment}  {record.WindowFrom:yyyy-MM}"
                + $"  {record.Status}  run {record.RunId}")).ConfigureAwait(false);
            foreach (var step in record.Steps)
            {
                await output.WriteLineAsync(string.Create(culture,
                    $"    {step.Name}  {step.Status}  read {step.Read:N0}  written {step.Written:N0}  "
                    + $"rejected {step.Rejected:N0}")).ConfigureAwait(false);
                await WriteFailureAsync(output, step.Failure).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteFailureAsync(TextWriter output, string? failure)
    {
        if (failure is null)
        {
            return;
        }

        var lines = failure.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines)
        {
            await output.WriteLineAsync($"      {line}").ConfigureAwait(false);
        }
    }
}
