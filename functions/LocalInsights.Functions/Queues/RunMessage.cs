namespace LocalInsights.Functions.Queues;

/// <summary>
/// A queued run: a pull of <see cref="Connector"/>, or an aggregation when it is null, of one environment and month.
/// </summary>
/// <param name="RunId">Run id in the history table and in the store's <c>runs/</c> folder.</param>
/// <param name="Month">Month of the window, <c>yyyy-MM</c>.</param>
/// <param name="BatchId">Batch of pulls whose end queues the aggregation.</param>
/// <param name="Attempt">Attempt that this message starts, from 1. A retry is queued with the next number.</param>
public sealed record RunMessage(
    string RunId, string Environment, string? Connector, string Month, string BatchId, int Attempt)
{
    public bool IsAggregation => Connector is null;
}
