using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Configuration;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Pipeline;
using LocalInsights.Core.Storage;
using LocalInsights.Functions.Leases;
using LocalInsights.Functions.Queues;
using LocalInsights.Hosting;
using LocalInsights.Hosting.History;
using LocalInsights.Reports.Excel;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Functions.Jobs;

/// <summary>
/// Runs one queued aggregation, as the command line does after its pulls: aggregates the month, writes the Excel
/// workbook to the store, then calls every <see cref="IReportPublisher"/>, such as Power BI.
/// </summary>
/// <remarks>
/// A failed aggregation or workbook write is retried like a failed pull. A failed publisher leaves the run
/// <see cref="JobStatus.PartiallyFailed"/>, with the workbook in place, and is not retried.
/// </remarks>
public sealed partial class AggregationExecutor(EnvironmentCatalog environments, EnvironmentRunner runner,
    JobLeases leases, RunAttempts attempts, IObjectStore store, ExcelReportWriter workbookWriter,
    IEnumerable<IReportPublisher> publishers, ILogger<AggregationExecutor> logger)
{
    public async Task ExecuteAsync(RunMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var run = await attempts.StartAsync(message, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return;
        }

        AttemptFailure? failure;
        try
        {
            var settings = environments.Load(message.Environment);
            failure = await AggregateUnderLeaseAsync(run, settings, message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ConfigurationException or IOException)
        {
            failure = new AttemptFailure(exception.Message, Blocked: false);
        }

        if (failure is not null)
        {
            await attempts.FailAsync(run, message, failure.Message, failure.Blocked, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var status = run.Failure is null ? JobStatus.Succeeded : JobStatus.PartiallyFailed;
        await attempts.SucceedAsync(run, status, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns null when the facts and the workbook were written, else why the attempt failed.</summary>
    private async Task<AttemptFailure?> AggregateUnderLeaseAsync(RunEntity run, EnvironmentSettings settings,
        RunMessage message, CancellationToken cancellationToken)
    {
        var leaseName = JobLeases.AggregationLeaseName(message.Environment);
        var lease = await leases.TryAcquireAsync(leaseName, message.RunId, cancellationToken).ConfigureAwait(false);
        if (!lease.Acquired)
        {
            return new AttemptFailure($"Another aggregation, {lease.HolderRunId ?? "of unknown id"}, holds lease "
                + $"{leaseName} since {lease.HeldSince:u}, so this attempt did not start.", Blocked: true);
        }

        await using (lease.Lease!.ConfigureAwait(false))
        {
            var window = PullWindow.ParseMonth(message.Month);
            var outcome = await runner.AggregateAsync(settings, window, message.RunId, cancellationToken)
                .ConfigureAwait(false);
            var steps = outcome.Record.Steps;
            var aggregate = steps.Count > 0 ? steps[^1] : null;
            run.Read = aggregate?.Read ?? 0;
            run.Written = aggregate?.Written ?? 0;
            if (outcome.Facts is null)
            {
                var failures = steps.Where(step => step.Failure is not null)
                    .Select(step => $"{step.Name}: {step.Failure}");
                return new AttemptFailure(string.Join(Environment.NewLine, failures), Blocked: false);
            }

            run.Output = await WriteWorkbookAsync(outcome.Facts, message.Environment, window, cancellationToken)
                .ConfigureAwait(false);
            run.Failure = await PublishAsync(outcome.Facts, message, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    private async Task<string> WriteWorkbookAsync(FactSet facts, string environment, PullWindow window,
        CancellationToken cancellationToken)
    {
        var path = ReportPaths.Workbook(environment, window);
        await using var writer = await store.CreateAsync(path, cancellationToken).ConfigureAwait(false);
        await workbookWriter.WriteAsync(facts, writer.Stream, cancellationToken).ConfigureAwait(false);
        await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
        Log.WorkbookWritten(logger, path, store.Location);
        return path;
    }

    /// <summary>Calls each publisher in turn and returns their failures, one line each, or null.</summary>
    private async Task<string?> PublishAsync(FactSet facts, RunMessage message, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var publisher in publishers)
        {
            var publication = await publisher.PublishAsync(facts, cancellationToken).ConfigureAwait(false);
            if (!publication.Succeeded)
            {
                Log.PublicationFailed(logger, publisher.Name, message.Environment, message.Month, publication.Message);
                failures.Add($"{publisher.Name}: {publication.Message}");
            }
        }

        return failures.Count == 0 ? null : string.Join(Environment.NewLine, failures);
    }
}
