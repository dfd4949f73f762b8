using Azure;
using Azure.Data.Tables;

namespace LocalInsights.Hosting.History;

/// <summary>
/// The pulls of one environment and month queued together, row key <c>batch|{BatchId}</c>. When the last of
/// them ends, the one that records it queues the aggregation.
/// </summary>
public sealed class BatchEntity : ITableEntity
{
    public const string RowKeyPrefix = "batch|";

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Month { get; set; } = string.Empty;
    public int Expected { get; set; }
    public int Succeeded { get; set; }
    public int Failed { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Run id of the aggregation queued when the batch completed, or null until then.</summary>
    public string? AggregationRunId { get; set; }

    public bool IsComplete => Succeeded + Failed >= Expected;

    public static string RowKeyOf(string batchId) => RowKeyPrefix + batchId;
}
