using System.Runtime.ExceptionServices;
using LocalInsights.Reports.PowerBI.Http;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.PowerBI.Push;

/// <summary>
/// Replaces the rows of one push table: DELETE rows, then POST rows in batches, up to the pacer's pending limit at
/// once. After a 429 the batch is sent again once the pause ends. After an ambiguous failure (timeout or 5xx), when
/// the service may have added the batch, the table is reloaded from its first row, so no row is added twice.
/// </summary>
internal sealed class TableRowsUploader(
    PowerBIRestClient client, PushRequestPacer pacer, int rowsPerRequest, int maxPending, bool adjust,
    TimeProvider timeProvider, ILogger logger)
{
    /// <summary>Loads of one table before its failure is reported: the first and one reload.</summary>
    public const int MaxAttempts = 2;

    /// <summary>Sends of one batch that may get a 429 response before the failure is reported.</summary>
    public const int MaxThrottledSends = 10;

    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(60);

    public async Task<PowerBITableResult> ReplaceAsync(
        string datasetId, PushTable table, CancellationToken cancellationToken)
    {
        var requests = 0;
        for (var attempt = 1; ; attempt++)
        {
            await client.DeleteRowsAsync(datasetId, table.Name, cancellationToken).ConfigureAwait(false);
            pacer.ResetTable(table.Name);
            try
            {
                requests += await PostAllAsync(datasetId, table, cancellationToken).ConfigureAwait(false);
                PowerBILog.TableReplaced(logger, table.Name, table.Facts.RowCount, requests);
                return new PowerBITableResult(table.Name, table.Facts.RowCount, requests, attempt);
            }
            catch (PowerBIRequestException exception) when (exception.IsAmbiguous && attempt < MaxAttempts)
            {
                var failure = exception.Failure;
                PowerBILog.TableRestarted(logger, table.Name, attempt + 1, failure.StatusCode, failure.RequestId,
                    failure.Detail);
            }
        }
    }

    // Up to maxPending workers take batches in turn. After a failure no worker takes a new batch, but requests
    // already sent are left to finish rather than cancelled. A cancelled POST may still be applied by the service
    // after the reload's DELETE, and its rows would then be counted twice.
    // NOTE: a POST that timed out can likewise be applied later; the API offers no way to tell.
    private async Task<int> PostAllAsync(string datasetId, PushTable table, CancellationToken cancellationToken)
    {
        var batches = (table.Facts.RowCount + rowsPerRequest - 1) / rowsPerRequest;
        var next = -1;
        var posted = 0;
        Exception? failure = null;
        async Task WorkAsync()
        {
            int batch;
            while (Volatile.Read(ref failure) is null && (batch = Interlocked.Increment(ref next)) < batches)
            {
                try
                {
                    await PostBatchAsync(datasetId, table, batch * rowsPerRequest, cancellationToken)
                        .ConfigureAwait(false);
                    Interlocked.Increment(ref posted);
                }
                catch (PowerBIRequestException exception)
                {
                    Interlocked.CompareExchange(ref failure, exception, null);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(maxPending, batches)).Select(_ => WorkAsync()))
            .ConfigureAwait(false);
        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return posted;
    }

    private async Task PostBatchAsync(string datasetId, PushTable table, int firstRow, CancellationToken token)
    {
        var rows = Math.Min(rowsPerRequest, table.Facts.RowCount - firstRow);
        var body = RowBatchSerializer.Serialize(table, firstRow, rows, adjust);
        for (var send = 1; ; send++)
        {
            var lease = await pacer.AcquireAsync(table.Name, rows, token).ConfigureAwait(false);
            try
            {
                await client.PostRowsAsync(datasetId, table.Name, body, rows, token).ConfigureAwait(false);
                pacer.Release(lease, rowsAdded: true);
                PowerBILog.BatchPosted(logger, firstRow + 1, firstRow + rows, table.Name);
                return;
            }
            catch (PowerBIRequestException exception) when (exception.IsThrottled && send < MaxThrottledSends)
            {
                pacer.Release(lease, rowsAdded: false);
                var retryAfter = exception.RetryAfter ?? DefaultRetryAfter;
                pacer.PauseUntil(timeProvider.GetUtcNow() + retryAfter);
                PowerBILog.Throttled(logger, table.Name, exception.Failure.RequestId, retryAfter.TotalSeconds);
            }
            catch
            {
                pacer.Release(lease, rowsAdded: true);
                throw;
            }
        }
    }
}
