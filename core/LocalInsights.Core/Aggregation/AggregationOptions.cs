using System.ComponentModel.DataAnnotations;
using LocalInsights.Core.Privacy;

namespace LocalInsights.Core.Aggregation;

/// <summary>Metric definitions of an environment. Section <c>Metrics</c> of the environment.</summary>
public sealed class AggregationOptions
{
    /// <summary>
    /// A device is active when its last check-in falls within this many days before the end of the month.
    /// Default 30.
    /// </summary>
    [Range(1, 366)]
    public int ActiveDeviceDays { get; set; } = 30;

    /// <summary>Counts of people below this are suppressed in every output. Default 5.</summary>
    [Range(1, 100)]
    public int SuppressionThreshold { get; set; } = SmallCounts.DefaultThreshold;

    /// <summary>Depreciation years used for register lines that give none. Default 4.</summary>
    [Range(1, 30)]
    public int DefaultDepreciationYears { get; set; } = 4;
}
