using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using LocalInsights.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalInsights.Functions.Leases;

/// <summary>
/// The overlap guard: one blob lease per job, <c>{environment}/pull/{connector}</c> or
/// <c>{environment}/aggregate</c>, in the lease container.
/// </summary>
/// <remarks>
/// A lease lasts <see cref="LeaseDuration"/> and is renewed while its run goes on, so a crashed run frees it within
/// that time. A lease held for longer than <see cref="JobsOptions.StaleLeaseTimeout"/> by a run that still renews
/// it is taken as left by a hung run, and is broken. Errors are distinguished by the <c>x-ms-error-code</c> header.
/// </remarks>
public sealed partial class JobLeases(JobsStorageAccount account, IOptions<JobsOptions> options,
    TimeProvider timeProvider, ILogger<JobLeases> logger)
{
    /// <summary>Duration of a lease, the longest finite one that Blob Storage grants.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(20);
    private const string RunIdKey = "runid";
    private const string AcquiredAtKey = "acquiredat";

    private readonly Lazy<BlobContainerClient> _container = new(account.CreateLeaseContainerClient);
    private bool _containerReady;

    /// <summary>Returns the blob path of the lease of a connector's pulls.</summary>
    public static string PullLeaseName(string environment, string connector) => $"{environment}/pull/{connector}";

    /// <summary>Returns the blob path of the lease of an environment's aggregations.</summary>
    public static string AggregationLeaseName(string environment) => $"{environment}/aggregate";

    /// <summary>
    /// Acquires lease <paramref name="name"/> for run <paramref name="runId"/>, breaking it first when it is stale.
    /// Returns the current owner instead when another run has the lease.
    /// </summary>
    public async Task<LeaseAttempt> TryAcquireAsync(string name, string runId, CancellationToken cancellationToken)
    {
        var blob = await EnsureBlobAsync(name, cancellationToken).ConfigureAwait(false);
        var leaseClient = blob.GetBlobLeaseClient();
        if (await TryAcquireOnceAsync(leaseClient, cancellationToken).ConfigureAwait(false))
        {
            return await HoldAsync(blob, leaseClient, name, runId, cancellationToken).ConfigureAwait(false);
        }

        var (holder, heldSince) = await ReadHolderAsync(blob, cancellationToken).ConfigureAwait(false);
        var staleAfter = options.Value.StaleLeaseTimeout;
        if (heldSince is { } since && timeProvider.GetUtcNow() - since > staleAfter)
        {
            Log.StaleLeaseBroken(logger, name, holder ?? "unknown", since, staleAfter);
            await leaseClient.BreakAsync(TimeSpan.Zero, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (await TryAcquireOnceAsync(leaseClient, cancellationToken).ConfigureAwait(false))
            {
                return await HoldAsync(blob, leaseClient, name, runId, cancellationToken).ConfigureAwait(false);
            }
        }

        Log.LeaseHeld(logger, name, runId, holder ?? "unknown");
        return new LeaseAttempt(null, holder, heldSince);
    }

    private static async Task<bool> TryAcquireOnceAsync(BlobLeaseClient leaseClient,
        CancellationToken cancellationToken)
    {
        try
        {
            await leaseClient.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.LeaseAlreadyPresent)
        {
            return false;
        }
    }

    /// <summary>Stores who holds the lease, and since when, in the blob's metadata, and starts renewing.</summary>
    private async Task<LeaseAttempt> HoldAsync(BlobClient blob, BlobLeaseClient leaseClient, string name, string runId,
        CancellationToken cancellationToken)
    {
        var acquiredAt = timeProvider.GetUtcNow();
        var lease = new JobLease(leaseClient, name, RenewEvery, timeProvider, logger);
        try
        {
            var metadata = new Dictionary<string, string>
            {
                [RunIdKey] = runId,
                [AcquiredAtKey] = acquiredAt.ToString("O", CultureInfo.InvariantCulture),
            };
            var conditions = new BlobRequestConditions { LeaseId = leaseClient.LeaseId };
            await blob.SetMetadataAsync(metadata, conditions, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await lease.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        Log.LeaseAcquired(logger, name, runId);
        return new LeaseAttempt(lease, runId, acquiredAt);
    }

    private static async Task<(string? Holder, DateTimeOffset? Since)> ReadHolderAsync(BlobClient blob,
        CancellationToken cancellationToken)
    {
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var metadata = properties.Value.Metadata;
        metadata.TryGetValue(RunIdKey, out var holder);
        DateTimeOffset? since = metadata.TryGetValue(AcquiredAtKey, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                ? at
                : null;
        return (holder, since);
    }
}
