using System.Diagnostics;
using System.Globalization;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalInsights.Core.Connectors;

/// <summary>
/// Runs one connector pull against a store: the connector streams its records into a session of their own, and
/// the pull becomes visible only when it completes. A failed pull leaves the previous data of the window in place.
/// </summary>
public sealed class PullRunner(IObjectStore store, TimeProvider timeProvider, ILoggerFactory? loggerFactory = null)
{
    /// <summary>Characters of a failure message kept in logs and run records.</summary>
    private const int MaxFailureLength = 2000;

    private readonly ILoggerFactory _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;

    public async Task<PullResult> RunAsync(IConnector connector, PullRequest request,
        CancellationToken cancellationToken)
    {
        var logger = _loggerFactory.CreateLogger("LocalInsights.Connectors." + connector.Descriptor.Type);
        var runId = request.RunId ?? NewRunId(timeProvider);
        var started = Stopwatch.GetTimestamp();
        await using var session = new PullSession(store, request.Environment, request.Connector,
            connector.Descriptor.Type, request.Window, runId);
        var context = new PullContext(session)
        {
            Environment = request.Environment,
            Connector = request.Connector,
            RunId = runId,
            Window = request.Window,
            Settings = request.Settings,
            BaseDirectory = request.BaseDirectory,
            Establishments = request.Establishments,
            Pseudonymizer = request.Pseudonymizer,
            TimeProvider = timeProvider,
            Logger = logger,
        };

        try
        {
            await connector.PullAsync(context, cancellationToken).ConfigureAwait(false);
            var manifest = await session.CompleteAsync(timeProvider.GetUtcNow(), cancellationToken)
                .ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (session.RejectedRows > PullContext.LoggedRejectsPerPull)
            {
                CoreLog.RejectsNotLogged(logger, request.Connector,
                    session.RejectedRows - PullContext.LoggedRejectsPerPull, manifest.RejectsPath ?? string.Empty,
                    session.RejectedRows);
            }

            CoreLog.PullCompleted(logger, request.Connector, request.Window.Label, context.RowsRead,
                session.RecordsWritten, session.RejectedRows, (long)elapsed.TotalMilliseconds);
            return new PullResult(request.Connector, true, context.RowsRead, session.RecordsWritten,
                session.RejectedRows, elapsed, null, manifest);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await session.AbandonAsync(CancellationToken.None).ConfigureAwait(false);
            var message = exception is ConnectorException or IOException or UnauthorizedAccessException
                or InvalidDataException
                ? exception.Message
                : $"{exception.GetType().Name}: {exception.Message}";
            var failure = Redaction.Clean(message, MaxFailureLength)!;
            CoreLog.PullFailed(logger, request.Connector, request.Window.Label, failure);
            return new PullResult(request.Connector, false, context.RowsRead, 0, session.RejectedRows,
                Stopwatch.GetElapsedTime(started), failure, null);
        }
    }

    /// <summary>Makes a run id that sorts by start time: <c>yyyyMMddTHHmmssZ-</c> and 8 random hex digits.</summary>
    public static string NewRunId(TimeProvider timeProvider) =>
        timeProvider.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-"
        + Guid.NewGuid().ToString("N")[..8];
}
