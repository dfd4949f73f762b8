namespace LocalInsights.Bench.Streaming;

/// <summary>A generated log: its path, rows, distinct users, total connections and size in bytes.</summary>
internal sealed record GeneratedLog(string Path, long Rows, int DistinctUsers, long Connections, long Bytes);
