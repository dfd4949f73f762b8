using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace LocalInsights.Connectors.Graph.Tests.Support;

/// <summary>
/// A fake clock that moves forward by the due time of every timer created on it, so a wait completes at once
/// while the clock shows the time passed. The waits asked for are recorded for the assertions.
/// </summary>
public sealed class SkippingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            Waits.Enqueue(dueTime);
            ThreadPool.QueueUserWorkItem(_ => Advance(dueTime));
        }

        return timer;
    }
}
