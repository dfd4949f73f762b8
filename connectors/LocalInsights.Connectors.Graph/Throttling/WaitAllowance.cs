using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.Graph.Throttling;

/// <summary>The time one pull may still spend waiting, for retries and budgets together. Thread-safe.</summary>
internal sealed class WaitAllowance(TimeSpan maximum)
{
    private long _spentTicks;

    public TimeSpan Spent => TimeSpan.FromTicks(Interlocked.Read(ref _spentTicks));

    public TimeSpan Maximum => maximum;

    /// <summary>Counts <paramref name="wait"/>, or throws a <see cref="ConnectorException"/> built by
    /// <paramref name="describe"/> when it would pass the maximum.</summary>
    public void Spend(TimeSpan wait, Func<string> describe)
    {
        var total = Interlocked.Add(ref _spentTicks, wait.Ticks);
        if (total > maximum.Ticks)
        {
            Interlocked.Add(ref _spentTicks, -wait.Ticks);
            throw new ConnectorException($"{describe()} The pull already waited {Seconds.Of(Spent)} and may wait "
                + $"at most {Seconds.Of(maximum)} in all (Throttling:MaxTotalWait), so it stops here. Run it again "
                + "later, or raise Throttling:MaxTotalWait.");
        }
    }
}
