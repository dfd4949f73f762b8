namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>
/// A clock for tests that moves forward to the due time of each timer created on it and fires the timer at once,
/// so code that waits with <c>Task.Delay(delay, clock)</c> runs without real waiting while the clock shows the time
/// the wait would have taken. Safe for concurrent use, and it never moves back: a timer due before the current
/// time fires at the current time.
/// </summary>
/// <remarks>
/// FakeTimeProvider is not used here because its SetUtcNow sets the time to each overdue timer's due time while
/// firing it, so a concurrent reader can see the clock move back.
/// </remarks>
internal sealed class JumpingClock : TimeProvider
{
    public static readonly DateTimeOffset StartTime = new(2024, 11, 4, 7, 0, 0, TimeSpan.Zero);

    private readonly Lock gate = new();
    private DateTimeOffset now = StartTime;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new JumpingTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock to <paramref name="time"/> unless it already shows a later time.</summary>
    public void MoveTo(DateTimeOffset time)
    {
        lock (gate)
        {
            if (time > now)
            {
                now = time;
            }
        }
    }
}
