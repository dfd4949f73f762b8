namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>
/// A one-shot timer of <see cref="JumpingClock"/>: it fires on the thread pool right after it is set, once the
/// clock has moved to its due time. Changing or disposing it cancels a pending firing.
/// </summary>
internal sealed class JumpingTimer(JumpingClock clock, TimerCallback callback, object? state) : ITimer
{
    private int generation;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        var current = Interlocked.Increment(ref generation);
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return true;
        }

        if (period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero)
        {
            throw new NotSupportedException("The jumping clock has one-shot timers only.");
        }

        var due = clock.GetUtcNow() + dueTime;
        ThreadPool.QueueUserWorkItem(_ => Fire(current, due));
        return true;
    }

    public void Dispose() => Interlocked.Increment(ref generation);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void Fire(int expected, DateTimeOffset due)
    {
        if (Volatile.Read(ref generation) != expected)
        {
            return;
        }

        clock.MoveTo(due);
        callback(state);
    }
}
