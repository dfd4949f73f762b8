using Azure;
using Azure.Data.Tables;

namespace LocalInsights.Hosting.History;

/// <summary>
/// The latest successful run of one connector, or of the aggregation, of an environment: row key
/// <c>fresh|{connector}</c>, or <c>fresh|</c> followed by <see cref="AggregationName"/>.
/// </summary>
public sealed class FreshnessEntity : ITableEntity
{
    public const string RowKeyPrefix = "fresh|";

    /// <summary>Name of the aggregation's row, which starts with a pipe to differ from usual connector names.</summary>
    public const string AggregationName = "|aggregation";

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Name { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
    public string Month { get; set; } = string.Empty;
    public DateTimeOffset SucceededAt { get; set; }
    public long Written { get; set; }

    public static string RowKeyOf(string name) => RowKeyPrefix + name;
}
