namespace LocalInsights.Connectors.Graph.Throttling;

/// <summary>
/// A sliding-window request budget: at most <c>limit</c> requests in any <c>period</c>. Thread-safe; the clock is
/// the <see cref="TimeProvider"/> given to each call.
/// </summary>
internal sealed class RequestBudget(int limit, TimeSpan period)
{
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();

    public int Limit => limit;

    public TimeSpan Period => period;

    /// <summary>
    /// Takes one request from the budget and returns zero, or returns how long to wait before asking again when
    /// the budget is used up (nothing is taken then).
    /// </summary>
    public TimeSpan TryTake(DateTimeOffset now)
    {
        lock (_lock)
        {
            while (_sent.Count > 0 && _sent.Peek() <= now - period)
            {
                _sent.Dequeue();
            }

            if (_sent.Count < limit)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            return _sent.Peek() + period - now;
        }
    }
}
