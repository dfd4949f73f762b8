using System.Globalization;
using LocalInsights.Core.Configuration;
using LocalInsights.Core.Pipeline;
using LocalInsights.Hosting;

namespace LocalInsights.Cli;

/// <summary>The one-screen summary printed at the end of a run.</summary>
internal static class RunSummary
{
    public static async Task WriteAsync(TextWriter output, EnvironmentSettings settings, RunOutcome outcome,
        string? workbook, IReadOnlyList<(string Name, ReportPublication Publication)> publications)
    {
        var culture = CultureInfo.InvariantCulture;
        var record = outcome.Record;
        await output.WriteLineAsync(string.Create(culture,
            $"{settings.DisplayName} ({settings.Id}), {record.WindowFrom:yyyy-MM}: {record.Status}"))
            .ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(culture, $"  run {record.RunId}")).ConfigureAwait(false);
        foreach (var step in record.Steps)
        {
            var line = string.Create(culture,
                $"  {step.Name,-28} {step.Status,-10} read {step.Read,9:N0}  written {step.Written,9:N0}"
                + $"  rejected {step.Rejected,6:N0}  {step.DurationMs / 1000,6:F1} s");
            await output.WriteLineAsync(line).ConfigureAwait(false);
            if (step.Failure is not null)
            {
                await output.WriteLineAsync($"    {step.Failure}").ConfigureAwait(false);
            }
        }

        if (outcome.Facts is { } facts)
        {
            var establishments = facts.Establishments.Count(fact => fact.DevicesDeployed > 0);
            var deployed = facts.Devices.Sum(fact => fact.Deployed);
            var active = facts.Devices.Sum(fact => fact.Active);
            var unmapped = facts.Devices.Where(fact => fact.Uai is null).Sum(fact => fact.Deployed);
            await output.WriteLineAsync(string.Create(culture,
                $"  devices: {deployed:N0} deployed, {active:N0} active, in {establishments:N0} establishments; "
                + $"{unmapped:N0} of them not mapped to an establishment")).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(culture,
                $"  data quality: {facts.DataQuality.Count:N0} findings, "
                + $"{facts.Sources.Sum(source => source.RejectedRows):N0} rejected rows")).ConfigureAwait(false);
        }

        if (workbook is not null)
        {
            await output.WriteLineAsync($"  workbook: {workbook}").ConfigureAwait(false);
        }

        foreach (var (name, publication) in publications)
        {
            var state = publication.Succeeded ? string.Empty : "FAILED: ";
            await output.WriteLineAsync($"  {name}: {state}{publication.Message}").ConfigureAwait(false);
        }
    }
}
