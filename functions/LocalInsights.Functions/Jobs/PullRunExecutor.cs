using LocalInsights.Core.Configuration;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Pipeline;
using LocalInsights.Functions.Leases;
using LocalInsights.Functions.Queues;
using LocalInsights.Hosting.History;

namespace LocalInsights.Functions.Jobs;

/// <summary>
/// Runs one queued pull: records the attempt, takes the pull's lease, pulls the connector and records the
/// outcome. The last pull of a batch queues the aggregation.
/// </summary>
public sealed class PullRunExecutor(EnvironmentCatalog environments, EnvironmentRunner runner, JobLeases leases,
    RunAttempts attempts)
{
    public async Task ExecuteAsync(RunMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var run = await attempts.StartAsync(message, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return;
        }

        var failure = await PullUnderLeaseAsync(run, message, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            await attempts.FailAsync(run, message, failure.Message, failure.Blocked, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        await attempts.SucceedAsync(run, JobStatus.Succeeded, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns null when the pull succeeded, else why the attempt failed or did not start.</summary>
    private async Task<AttemptFailure?> PullUnderLeaseAsync(RunEntity run, RunMessage message,
        CancellationToken cancellationToken)
    {
        var leaseName = JobLeases.PullLeaseName(message.Environment, message.Connector!);
        try
        {
            var settings = environments.Load(message.Environment);
            var lease = await leases.TryAcquireAsync(leaseName, message.RunId, cancellationToken)
                .ConfigureAwait(false);
            if (!lease.Acquired)
            {
                var holder = lease.HolderRunId ?? "of unknown id";
                return new AttemptFailure($"Another run of this pull, {holder}, holds lease {leaseName} since "
                    + $"{lease.HeldSince:u}, so this attempt did not start.", Blocked: true);
            }

            await using (lease.Lease!.ConfigureAwait(false))
            {
                var window = PullWindow.ParseMonth(message.Month);
                var outcome = await runner.PullAsync(settings, message.Connector!, window, message.RunId,
                    cancellationToken).ConfigureAwait(false);
                return Record(run, message, outcome);
            }
        }
        catch (ConfigurationException exception)
        {
            // The environment is invalid, or the connector is not configured or disabled in it.
            return new AttemptFailure(exception.Message, Blocked: false);
        }
    }

    /// <summary>Copies the pull's counts to the history row and returns the failure, or null on success.</summary>
    private static AttemptFailure? Record(RunEntity run, RunMessage message, RunOutcome outcome)
    {
        var pull = outcome.Record.Steps.LastOrDefault(step => step.Name == message.Connector);
        run.Read = pull?.Read ?? 0;
        run.Written = pull?.Written ?? 0;
        run.Rejected = pull?.Rejected ?? 0;
        if (outcome.Record.Status == RunStatus.Succeeded)
        {
            return null;
        }

        var failures = outcome.Record.Steps.Where(step => step.Failure is not null)
            .Select(step => $"{step.Name}: {step.Failure}");
        return new AttemptFailure(string.Join(Environment.NewLine, failures), Blocked: false);
    }
}
