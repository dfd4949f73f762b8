using LocalInsights.Core.Configuration;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Storage;

namespace LocalInsights.Core.Pipeline;

/// <summary>
/// The two halves of <see cref="RunAsync"/> as separate jobs, for hosts that queue one message per pull:
/// <see cref="PullAsync"/> pulls one connector, <see cref="AggregateAsync(EnvironmentSettings, PullWindow, string?,
/// CancellationToken)"/> computes and writes the month's facts from the latest complete pulls.
/// </summary>
public sealed partial class EnvironmentRunner
{
    /// <summary>
    /// Loads the directory and pulls connector <paramref name="connectorName"/> of <paramref name="environment"/>
    /// for <paramref name="window"/>, then stores the run record under <c>runs/</c>.
    /// </summary>
    /// <remarks>
    /// When the directory cannot be loaded, the pull is skipped and the run fails: a pull without the directory
    /// would map no device to an establishment and replace the previous complete pull of the month.
    /// </remarks>
    /// <exception cref="ConfigurationException">The connector is not configured, or is disabled.</exception>
    public async Task<RunOutcome> PullAsync(EnvironmentSettings environment, string connectorName, PullWindow window,
        string? runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var instance = FindEnabledConnector(environment, connectorName);
        runId ??= PullRunner.NewRunId(timeProvider);
        var startedAt = timeProvider.GetUtcNow();
        var steps = new List<RunStep>();
        PipelineLog.RunStarted(_logger, environment.Id, window.Label, runId, 1);

        var directory = await LoadDirectoryAsync(environment, steps, cancellationToken).ConfigureAwait(false);
        var pulls = new List<PullResult>();
        if (directory is not null)
        {
            var result = await new PullRunner(store, timeProvider, loggerFactory).RunAsync(
                _connectors[instance.Type], new PullRequest
                {
                    Environment = environment.Id, Connector = instance.Name, Window = window,
                    Settings = instance.Settings, BaseDirectory = environment.BaseDirectory,
                    Pseudonymizer = environment.Pseudonymizer, Establishments = directory.Directory, RunId = runId,
                }, cancellationToken).ConfigureAwait(false);
            pulls.Add(result);
            steps.Add(new RunStep(instance.Name, result.Succeeded ? RunStatus.Succeeded : RunStatus.Failed,
                result.Read, result.Written, result.Rejected, result.Elapsed.TotalMilliseconds, result.Failure));
        }

        var status = steps.All(step => step.Status == RunStatus.Succeeded) ? RunStatus.Succeeded : RunStatus.Failed;
        var record = await EndRunAsync(environment, window, runId, startedAt, steps, status, cancellationToken)
            .ConfigureAwait(false);
        return new RunOutcome(record, pulls, null);
    }

    /// <summary>
    /// Loads the directory, aggregates the latest complete pull of every connector for <paramref name="window"/>,
    /// writes the aggregates and stores the run record under <c>runs/</c>. The outcome carries the facts unless the
    /// directory or the aggregation failed.
    /// </summary>
    public async Task<RunOutcome> AggregateAsync(EnvironmentSettings environment, PullWindow window, string? runId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        runId ??= PullRunner.NewRunId(timeProvider);
        var startedAt = timeProvider.GetUtcNow();
        var steps = new List<RunStep>();
        PipelineLog.RunStarted(_logger, environment.Id, window.Label, runId, 0);

        var directory = await LoadDirectoryAsync(environment, steps, cancellationToken).ConfigureAwait(false);
        var facts = directory is null
            ? null
            : await AggregateAsync(environment, window, directory, steps, devicesReadAhead: null, pulls: null,
                cancellationToken).ConfigureAwait(false);

        var record = await EndRunAsync(environment, window, runId, startedAt, steps, StatusOf(steps, facts),
            cancellationToken).ConfigureAwait(false);
        return new RunOutcome(record, [], facts);
    }

    private static ConnectorInstance FindEnabledConnector(EnvironmentSettings environment, string connectorName)
    {
        var instance = environment.Connectors.FirstOrDefault(
            candidate => string.Equals(candidate.Name, connectorName, StringComparison.Ordinal));
        if (instance is null || !instance.Enabled)
        {
            var enabled = environment.Connectors.Where(candidate => candidate.Enabled)
                .Select(candidate => candidate.Name);
            var state = instance is null ? "is not configured" : "is disabled (Enabled is false)";
            throw new ConfigurationException(
                $"Connector '{connectorName}' {state} in environment '{environment.Id}'. "
                + $"Enabled connectors: {string.Join(", ", enabled)}.");
        }

        return instance;
    }

    private async Task<RunRecord> EndRunAsync(EnvironmentSettings environment, PullWindow window, string runId,
        DateTimeOffset startedAt, List<RunStep> steps, string status, CancellationToken cancellationToken)
    {
        var record = new RunRecord
        {
            Environment = environment.Id, RunId = runId, WindowFrom = window.From, WindowTo = window.To,
            StartedAt = startedAt, EndedAt = timeProvider.GetUtcNow(), Status = status, Steps = steps,
        };
        await SaveRecordAsync(record, cancellationToken).ConfigureAwait(false);
        PipelineLog.RunEnded(_logger, environment.Id, window.Label, runId, record.Status);
        return record;
    }
}
