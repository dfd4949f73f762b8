namespace LocalInsights.Core.Storage;

/// <summary>
/// The record that a pull completed. It is written last: a pull without a manifest never happened as far as
/// readers are concerned, and a new manifest for the same window replaces the previous pull whole.
/// </summary>
public sealed record PullManifest
{
    public required string Environment { get; init; }
    public required string Connector { get; init; }
    public required string ConnectorType { get; init; }
    public required string RunId { get; init; }
    public required DateOnly WindowFrom { get; init; }
    public required DateOnly WindowTo { get; init; }
    public required DateTimeOffset CompletedAt { get; init; }
    public required IReadOnlyList<ManifestFile> Files { get; init; }
    public long RejectedRows { get; init; }
    public string? RejectsPath { get; init; }
}

/// <summary>A file of a pull: its path, record type, record count, size and SHA-256 of its bytes.</summary>
public sealed record ManifestFile(string Path, string Kind, long Records, long Bytes, string Sha256);

/// <summary>What a run did, stored under <c>runs/</c> so operators can see past runs.</summary>
public sealed record RunRecord
{
    public required string Environment { get; init; }
    public required string RunId { get; init; }
    public required DateOnly WindowFrom { get; init; }
    public required DateOnly WindowTo { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public required string Status { get; init; }
    public IReadOnlyList<RunStep> Steps { get; init; } = [];
}

/// <summary>One step of a run: a connector pull, the aggregation or a report.</summary>
public sealed record RunStep(
    string Name, string Status, long Read, long Written, long Rejected, double DurationMs, string? Failure);
