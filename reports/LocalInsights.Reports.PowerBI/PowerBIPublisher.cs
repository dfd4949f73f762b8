using System.Globalization;
using Azure.Core;
using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.PowerBI.Configuration;
using LocalInsights.Reports.PowerBI.DryRun;
using LocalInsights.Reports.PowerBI.Http;
using LocalInsights.Reports.PowerBI.Push;
using LocalInsights.Reports.PowerBI.Refresh;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.PowerBI;

/// <summary>
/// Publishes the facts of one environment and month to Power BI: rows into a push dataset, or a refresh of an
/// import dataset, as <see cref="PowerBIOptions.Mode"/> selects. Without a workspace it makes a dry run that writes
/// the requests it would send to a folder.
/// </summary>
/// <remarks>
/// Register with <c>AddPowerBIPublisher()</c>. Requests go through the named <see cref="HttpClientName"/> client,
/// which carries the standard resilience handler; pacing and refresh polling wait through the injected
/// <see cref="TimeProvider"/>. One publisher may serve every environment: pacing state is kept per dataset.
/// </remarks>
public sealed class PowerBIPublisher
{
    /// <summary>Name of the <see cref="HttpClient"/> registered by <c>AddPowerBIPublisher()</c>.</summary>
    public const string HttpClientName = "LocalInsights.PowerBI";

    private readonly IHttpClientFactory httpClientFactory;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly Func<PowerBIOptions, TokenCredential> credentialFactory;
    private readonly Dictionary<string, PushRequestPacer> pacers = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="credentialFactory">
    /// Creates the token credential of an environment; by default <see cref="PowerBICredentials.Create"/>.
    /// </param>
    public PowerBIPublisher(IHttpClientFactory httpClientFactory, TimeProvider timeProvider,
        ILogger<PowerBIPublisher> logger, Func<PowerBIOptions, TokenCredential>? credentialFactory = null)
    {
        this.httpClientFactory = httpClientFactory;
        this.timeProvider = timeProvider;
        this.logger = logger;
        this.credentialFactory = credentialFactory ?? PowerBICredentials.Create;
    }

    /// <summary>
    /// Publishes <paramref name="facts"/>. Failures of Power BI are returned as a publication with status
    /// <see cref="PowerBIPublicationStatus.Failed"/>, the status code and the request id, not thrown.
    /// </summary>
    /// <param name="dryRunFolder">
    /// Folder for the request files when no workspace is configured, such as out/powerbi.
    /// </param>
    public async Task<PowerBIPublication> PublishAsync(FactSet facts, PowerBIOptions options, string dryRunFolder,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsDryRun)
        {
            return await DryRunAsync(facts, options, dryRunFolder, cancellationToken).ConfigureAwait(false);
        }

        var workspaceId = options.WorkspaceId!.Value;
        var month = facts.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        PowerBILog.PublicationStarted(logger, facts.Environment, month, options.Mode, workspaceId);
        using var http = new HttpPowerBITransport(httpClientFactory.CreateClient(HttpClientName),
            credentialFactory(options), options.ApiBaseUri, timeProvider);
        var transport = new CountingTransport(http);
        var publication = await RunAsync(facts, options, transport, workspaceId, PacerOf(workspaceId, facts, options),
            cancellationToken).ConfigureAwait(false);
        return publication with { Requests = transport.Count };
    }

    private async Task<PowerBIPublication> DryRunAsync(
        FactSet facts, PowerBIOptions options, string folder, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var importName = options.Mode == PowerBIMode.Refresh ? PushPublisher.DatasetNameOf(facts, options) : null;
        var tables = PushSchema.From(FactTables.From(facts)).Select(PushSchema.ToDto).ToList();
        using var transport = new DryRunTransport(folder, options.ApiBaseUri, new DryRunResponder(importName, tables));

        // One request at a time, without time limits, so the files are numbered in a repeatable order at once.
        var limits = new PowerBIPushLimits
        {
            MaxPendingRequests = 1, MaxRowsPerRequest = options.Limits.MaxRowsPerRequest,
        };
        var pacer = new PushRequestPacer(Unlimited(limits), timeProvider, logger);
        var effective = WithDatasetName(options, importName);
        var publication = await RunAsync(facts, effective, transport, DryRunResponder.PlaceholderWorkspaceId, pacer,
            cancellationToken).ConfigureAwait(false);
        if (!publication.Succeeded)
        {
            return publication with { Requests = transport.Count, DryRunFolder = folder };
        }

        PowerBILog.DryRunWritten(logger, facts.Environment, transport.Count, folder);
        return publication with
        {
            Status = PowerBIPublicationStatus.DryRun, Requests = transport.Count, DryRunFolder = folder,
            WorkspaceId = null,
            Message = $"dry run: {transport.Count} requests written to {folder}; nothing was sent because "
                + "PowerBI:WorkspaceId is not set (workspace and dataset ids in the files are placeholders)",
        };
    }

    private async Task<PowerBIPublication> RunAsync(FactSet facts, PowerBIOptions options,
        IPowerBITransport transport, Guid workspaceId, PushRequestPacer pacer, CancellationToken cancellationToken)
    {
        var client = new PowerBIRestClient(transport, workspaceId);
        try
        {
            return options.Mode == PowerBIMode.Refresh
                ? await new ImportRefresher(client, timeProvider, logger).RefreshAsync(options, cancellationToken)
                    .ConfigureAwait(false)
                : await new PushPublisher(client, pacer, options.Limits, timeProvider, logger)
                    .PublishAsync(facts, options, cancellationToken).ConfigureAwait(false);
        }
        catch (PowerBIRequestException exception)
        {
            var failure = exception.Failure;
            PowerBILog.PublicationFailed(logger, facts.Environment, failure.Operation, failure.StatusCode,
                failure.RequestId, failure.Detail);
            return Failed(options, workspaceId, exception.Message, failure);
        }
        catch (PowerBIPublishException exception)
        {
            PowerBILog.PublicationFailed(logger, facts.Environment, "check", null, null, exception.Message);
            return Failed(options, workspaceId, exception.Message, null);
        }
    }

    private static PowerBIPublication Failed(
        PowerBIOptions options, Guid workspaceId, string message, PowerBIFailure? failure) => new()
    {
        Status = PowerBIPublicationStatus.Failed, Mode = options.Mode, WorkspaceId = workspaceId,
        DatasetId = options.DatasetId, DatasetName = options.DatasetName, Failure = failure,
        Message = failure?.Operation == PowerBIOperations.PostRows
            ? $"Power BI publication failed; the table named in the request may be partly loaded until the next "
                + $"publication: {message}"
            : $"Power BI publication failed: {message}",
    };

    private PushRequestPacer PacerOf(Guid workspaceId, FactSet facts, PowerBIOptions options)
    {
        var key = $"{workspaceId:D}/{options.DatasetId ?? PushPublisher.DatasetNameOf(facts, options)}";
        lock (pacers)
        {
            if (!pacers.TryGetValue(key, out var pacer))
            {
                pacer = new PushRequestPacer(options.Limits, timeProvider, logger);
                pacers[key] = pacer;
            }

            return pacer;
        }
    }

    private static PowerBIOptions WithDatasetName(PowerBIOptions options, string? name)
    {
        if (name is null || options.DatasetName is not null || options.DatasetId is not null)
        {
            return options;
        }

        return new PowerBIOptions
        {
            Mode = options.Mode, DatasetName = name, ApiBaseUri = options.ApiBaseUri, Limits = options.Limits,
            InvalidValues = options.InvalidValues, RefreshPollIntervalSeconds = options.RefreshPollIntervalSeconds,
            RefreshTimeoutMinutes = options.RefreshTimeoutMinutes, DailyRefreshLimit = options.DailyRefreshLimit,
        };
    }

    private static PowerBIPushLimits Unlimited(PowerBIPushLimits limits)
    {
        limits.MaxRequestsPerMinute = int.MaxValue;
        limits.MaxRequestsPerHourForLargeTables = int.MaxValue;
        limits.MaxRowsPerHour = int.MaxValue;
        return limits;
    }
}
