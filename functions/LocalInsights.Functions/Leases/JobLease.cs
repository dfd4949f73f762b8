using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Functions.Leases;

/// <summary>
/// A held blob lease that keeps a second run of the same job from starting. It is renewed in the background
/// until disposed, and disposing releases it, after a failure too.
/// </summary>
public sealed partial class JobLease : IAsyncDisposable
{
    private readonly BlobLeaseClient _client;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;

    internal JobLease(BlobLeaseClient client, string name, TimeSpan renewEvery, TimeProvider timeProvider,
        ILogger logger)
    {
        _client = client;
        _logger = logger;
        Name = name;
        _renewal = RenewAsync(renewEvery, timeProvider, _stop.Token);
    }

    /// <summary>Blob path of the lease, such as <c>demo/pull/intune</c>.</summary>
    public string Name { get; }

    public string LeaseId => _client.LeaseId;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewal.ConfigureAwait(false);
        _stop.Dispose();
        try
        {
            await _client.ReleaseAsync().ConfigureAwait(false);
            Log.LeaseReleased(_logger, Name);
        }
        catch (RequestFailedException exception) when (IsLeaseGone(exception))
        {
            // The lease expired or was broken as stale. Another run may hold a new one, which is left alone.
            Log.LeaseAlreadyGone(_logger, Name, exception.ErrorCode);
        }
    }

    private static bool IsLeaseGone(RequestFailedException exception) =>
        exception.ErrorCode == BlobErrorCode.LeaseIdMismatchWithLeaseOperation
        || exception.ErrorCode == BlobErrorCode.LeaseNotPresentWithLeaseOperation
        || exception.ErrorCode == BlobErrorCode.LeaseLost;

    private async Task RenewAsync(TimeSpan renewEvery, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(renewEvery, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await RenewOnceAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Disposed: the lease is released next.
        }
    }

    private async Task RenewOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _client.RenewAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception)
        {
            // The run goes on: the job's own writes are atomic, and the lease guards only against overlap.
            Log.LeaseRenewalFailed(_logger, Name, exception.Status, exception.ErrorCode);
        }
    }
}
