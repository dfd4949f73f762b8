using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>
/// What every row of a file shares: its snapshot day, whether that day comes from the file name, the date parser
/// and how cell text is cleaned (<paramref name="CleanValue"/> null when cells are used as they are).
/// </summary>
internal sealed record DeviceReadSettings(DateOnly SnapshotDate, bool SnapshotDateFromFileName, DateParser Dates,
    bool StoreDeviceNames, Func<string, string?>? CleanValue);
