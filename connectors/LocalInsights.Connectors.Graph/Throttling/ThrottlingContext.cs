using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.Graph.Throttling;

/// <summary>What the throttling handler of one pull needs: the tenant's budgets, the settings, the clock and the
/// pull's wait allowance.</summary>
internal sealed class ThrottlingContext(
    string tenant, GraphThrottlingOptions options, GraphRequestBudgets budgets, TimeProvider timeProvider,
    ILogger logger)
{
    public GraphThrottlingOptions Options => options;

    public TimeProvider TimeProvider => timeProvider;

    public ILogger Logger => logger;

    public WaitAllowance Allowance { get; } = new(options.MaxTotalWait);

    /// <summary>
    /// Waits until the tenant's budget for <paramref name="target"/> has room, then takes one request.
    /// </summary>
    public async Task TakeBudgetAsync(GraphRequestTarget target, CancellationToken cancellationToken)
    {
        var budget = budgets.For(tenant, target.Category, target.Function, options);
        while (budget.TryTake(timeProvider.GetUtcNow()) is var wait && wait > TimeSpan.Zero)
        {
            GraphLog.BudgetWaiting(logger, target.Category, target.Function ?? string.Empty,
                (long)wait.TotalMilliseconds);
            await WaitAsync(wait, () => $"The request budget of tenant {tenant} for {Label(target)} "
                + $"({budget.Limit} requests per {Seconds.Of(budget.Period)}) is used up.", cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>Counts <paramref name="wait"/> against the allowance, then waits it out on the clock.</summary>
    public Task WaitAsync(TimeSpan wait, Func<string> describe, CancellationToken cancellationToken)
    {
        Allowance.Spend(wait, describe);
        return Task.Delay(wait, timeProvider, cancellationToken);
    }

    /// <summary>Exponential backoff with up to 20 % jitter, so that parallel clients do not retry together.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponential = options.BackoffBase.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, options.BackoffMax.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(Math.Ceiling(capped * (0.8 + (0.2 * Random.Shared.NextDouble()))));
    }

    private static string Label(GraphRequestTarget target) =>
        target.Function is null ? target.Category.ToString() : $"report {target.Function}";
}
