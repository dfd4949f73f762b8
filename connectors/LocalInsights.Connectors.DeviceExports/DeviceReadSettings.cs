using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>What every row of a pull shares: the snapshot day, the date parser and how cell text is cleaned.</summary>
internal sealed record DeviceReadSettings(
    DateOnly SnapshotDate, DateParser Dates, bool StoreDeviceNames, Func<string, string?> CleanValue);
