using Azure;
using Azure.Data.Tables;

namespace LocalInsights.Hosting.History;

/// <summary>
/// A row of the run history table: partition key the environment, row key <c>run|{RunId}</c>. One row per run,
/// updated by each attempt.
/// </summary>
public sealed class RunEntity : ITableEntity
{
    public const string RowKeyPrefix = "run|";

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string RunId { get; set; } = string.Empty;
    public string Kind { get; set; } = JobKind.Pull;

    /// <summary>Connector instance of a pull, or null for an aggregation.</summary>
    public string? Connector { get; set; }

    /// <summary>Month of the run's window, <c>yyyy-MM</c>.</summary>
    public string Month { get; set; } = string.Empty;

    public string WindowFrom { get; set; } = string.Empty;
    public string WindowTo { get; set; } = string.Empty;
    public string BatchId { get; set; } = string.Empty;
    public string Trigger { get; set; } = JobTrigger.Manual;

    /// <summary>Schedule occurrence that queued the run, in UTC, or null for other triggers.</summary>
    public DateTimeOffset? Occurrence { get; set; }

    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string Status { get; set; } = JobStatus.Queued;
    public int Attempt { get; set; }
    public int MaxAttempts { get; set; }
    public long Read { get; set; }
    public long Written { get; set; }
    public long Rejected { get; set; }

    /// <summary>Why the last attempt failed or was blocked by the lease, or null after a success.</summary>
    public string? Failure { get; set; }

    /// <summary>When the next attempt becomes visible on the queue, for a run that is retrying.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>Where the run's report went, such as the workbook path in the store.</summary>
    public string? Output { get; set; }

    public static string RowKeyOf(string runId) => RowKeyPrefix + runId;
}
