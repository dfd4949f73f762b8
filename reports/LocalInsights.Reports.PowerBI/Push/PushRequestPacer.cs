using LocalInsights.Reports.PowerBI.Configuration;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.PowerBI.Push;

/// <summary>
/// Paces the POST rows requests to one push dataset under its limits: pending requests, requests per minute,
/// requests per hour once a table has 250,000 rows, rows per hour, and the pause a 429 response requests.
/// </summary>
/// <remarks>
/// A request counts in the time windows from the moment its response arrives, and while pending it counts as if it
/// had just arrived. The service receives it earlier than that, so every window the service measures contains
/// no more requests or rows than the pacer allowed. Requests rejected with 429 count too, which only makes the
/// pacer wait longer. Waits use the injected <see cref="TimeProvider"/>.
/// NOTE: the pacer tracks the row counts of tables replaced in this process only. It does not see a table that an
/// earlier run left with 250,000 rows or more, so until the publisher deletes those rows the service's 429
/// responses pace the requests instead.
/// </remarks>
internal sealed class PushRequestPacer(PowerBIPushLimits limits, TimeProvider timeProvider, ILogger logger)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    // Windows are half-open, (now - window, now], so a slot frees just after the oldest entry's window ends.
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(1);

    private readonly Lock gate = new();
    private readonly List<(DateTimeOffset At, int Rows)> completed = [];
    private readonly Dictionary<string, long> tableRows = new(StringComparer.Ordinal);
    private TaskCompletionSource released = NewSignal();
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;
    private int pending;
    private long pendingRows;

    /// <summary>
    /// Waits until a POST rows request of <paramref name="rows"/> rows to <paramref name="table"/> is allowed.
    /// </summary>
    public async Task<PacerLease> AcquireAsync(string table, int rows, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wait;
            lock (gate)
            {
                var now = timeProvider.GetUtcNow();
                var needed = FindWait(now, rows);
                if (needed.IsNone)
                {
                    pending++;
                    pendingRows += rows;
                    tableRows[table] = RowsOf(table) + rows;
                    return new PacerLease(table, rows);
                }

                if (needed.ForCompletion)
                {
                    wait = released.Task;
                }
                else
                {
                    PowerBILog.PacerWaiting(logger, table, (long)needed.Delay.TotalMilliseconds, needed.Limit);
                    wait = Task.Delay(needed.Delay, timeProvider, cancellationToken);
                }
            }

            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Records that the request of <paramref name="lease"/> completed. <paramref name="rowsAdded"/> is false when the
    /// service certainly did not add the rows (a 429 response).
    /// </summary>
    public void Release(PacerLease lease, bool rowsAdded)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            pending--;
            pendingRows -= lease.Rows;
            completed.Add((timeProvider.GetUtcNow(), lease.Rows));
            if (!rowsAdded)
            {
                tableRows[lease.Table] = RowsOf(lease.Table) - lease.Rows;
            }

            signal = released;
            released = NewSignal();
        }

        signal.TrySetResult();
    }

    /// <summary>
    /// Holds every request to the dataset until <paramref name="until"/>, as a Retry-After header requests.
    /// </summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (gate)
        {
            pausedUntil = until > pausedUntil ? until : pausedUntil;
        }
    }

    /// <summary>Records that the rows of <paramref name="table"/> were deleted.</summary>
    public void ResetTable(string table)
    {
        lock (gate)
        {
            tableRows[table] = 0;
        }
    }

    private PacerWait FindWait(DateTimeOffset now, int rows)
    {
        if (pausedUntil > now)
        {
            return new PacerWait(pausedUntil - now, false, "Retry-After");
        }

        if (pending >= limits.MaxPendingRequests)
        {
            return PacerWait.Completion("pending requests");
        }

        completed.RemoveAll(entry => entry.At <= now - Hour);
        var wait = CountWait(now, Minute, limits.MaxRequestsPerMinute, "requests per minute");
        if (tableRows.Values.Any(count => count >= PowerBIPushLimits.DocumentedLargeTableRows))
        {
            wait = PacerWait.Max(wait, CountWait(now, Hour, limits.MaxRequestsPerHourForLargeTables,
                "requests per hour once a table has 250,000 rows"));
        }

        return PacerWait.Max(wait, RowsWait(now, rows));
    }

    private PacerWait CountWait(DateTimeOffset now, TimeSpan window, int limit, string name)
    {
        var first = completed.FindIndex(entry => entry.At > now - window);
        var inWindow = first < 0 ? 0 : completed.Count - first;
        var excess = inWindow + pending - limit + 1;
        if (excess <= 0)
        {
            return PacerWait.None;
        }

        return excess > inWindow
            ? PacerWait.Completion(name)
            : new PacerWait(completed[first + excess - 1].At + window - now + Margin, false, name);
    }

    private PacerWait RowsWait(DateTimeOffset now, int rows)
    {
        var total = completed.Sum(entry => (long)entry.Rows) + pendingRows + rows;
        if (total <= limits.MaxRowsPerHour)
        {
            return PacerWait.None;
        }

        foreach (var entry in completed)
        {
            total -= entry.Rows;
            if (total <= limits.MaxRowsPerHour)
            {
                return new PacerWait(entry.At + Hour - now + Margin, false, "rows per hour");
            }
        }

        if (pending == 0)
        {
            throw new InvalidOperationException(
                $"A request of {rows} rows exceeds the limit of {limits.MaxRowsPerHour} rows per hour on its own.");
        }

        return PacerWait.Completion("rows per hour");
    }

    private long RowsOf(string table) => tableRows.TryGetValue(table, out var count) ? count : 0;

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
