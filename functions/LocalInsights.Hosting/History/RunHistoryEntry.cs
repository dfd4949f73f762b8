namespace LocalInsights.Hosting.History;

/// <summary>One run as the history endpoint and <c>runs list</c> show it.</summary>
public sealed record RunHistoryEntry
{
    public required string Environment { get; init; }
    public required string RunId { get; init; }
    public required string Kind { get; init; }
    public string? Connector { get; init; }
    public required string Month { get; init; }
    public required string WindowFrom { get; init; }
    public required string WindowTo { get; init; }
    public required string Status { get; init; }
    public string? Trigger { get; init; }
    public string? BatchId { get; init; }
    public DateTimeOffset? Occurrence { get; init; }
    public DateTimeOffset? QueuedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public int Attempt { get; init; }
    public int MaxAttempts { get; init; }
    public long Read { get; init; }
    public long Written { get; init; }
    public long Rejected { get; init; }
    public string? Failure { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public string? Output { get; init; }

    /// <summary>Copies a history table row.</summary>
    public static RunHistoryEntry From(RunEntity entity) => new()
    {
        Environment = entity.PartitionKey, RunId = entity.RunId, Kind = entity.Kind, Connector = entity.Connector,
        Month = entity.Month, WindowFrom = entity.WindowFrom, WindowTo = entity.WindowTo, Status = entity.Status,
        Trigger = entity.Trigger, BatchId = entity.BatchId, Occurrence = entity.Occurrence,
        QueuedAt = entity.QueuedAt, StartedAt = entity.StartedAt, EndedAt = entity.EndedAt, Attempt = entity.Attempt,
        MaxAttempts = entity.MaxAttempts, Read = entity.Read, Written = entity.Written, Rejected = entity.Rejected,
        Failure = entity.Failure, NextAttemptAt = entity.NextAttemptAt, Output = entity.Output,
    };
}
