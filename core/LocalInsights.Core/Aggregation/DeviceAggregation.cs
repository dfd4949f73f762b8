using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Core.Aggregation;

/// <summary>
/// Classifies devices at the end of the month from their latest snapshot in the month: active, idle, never seen.
/// </summary>
/// <remarks>Memory grows with the number of distinct devices, not with the number of snapshots read.</remarks>
internal sealed class DeviceAggregation(PullWindow window, AggregationOptions options)
{
    private readonly Dictionary<(string Source, string Id), DeviceSnapshot> _latest = [];
    private readonly DateTimeOffset _activeSince = new DateTimeOffset(
        window.To.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1 - options.ActiveDeviceDays);

    public void Add(DeviceSnapshot device)
    {
        if (!window.Contains(device.SnapshotDate))
        {
            return;
        }

        var key = (device.Source, device.DeviceId);
        if (!_latest.TryGetValue(key, out var known) || known.SnapshotDate < device.SnapshotDate)
        {
            _latest[key] = device;
        }
    }

    public IReadOnlyList<DeviceFact> ToFacts()
    {
        var groups = new Dictionary<(string? Uai, string Model, string Os, string Source), long[]>();
        foreach (var device in _latest.Values)
        {
            var key = (device.Uai, Label(device.Model), Label(device.OperatingSystem), device.Source);
            if (!groups.TryGetValue(key, out var counts))
            {
                counts = new long[3];
                groups[key] = counts;
            }

            counts[(int)Classify(device)]++;
        }

        return groups
            .OrderBy(pair => pair.Key.Uai ?? "~", StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Model, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Os, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Source, StringComparer.Ordinal)
            .Select(pair => new DeviceFact
            {
                Month = window.From, Uai = pair.Key.Uai, Model = pair.Key.Model, OperatingSystem = pair.Key.Os,
                Source = pair.Key.Source, Deployed = pair.Value.Sum(), Active = pair.Value[(int)DeviceState.Active],
                Idle = pair.Value[(int)DeviceState.Idle], NeverSeen = pair.Value[(int)DeviceState.NeverSeen],
            })
            .ToList();
    }

    /// <summary>Counts devices with no model, per source, for the data-quality facts.</summary>
    public IEnumerable<DataQualityFact> UnknownModels() =>
        _latest.Values.Where(device => string.IsNullOrWhiteSpace(device.Model))
            .GroupBy(device => device.Source, StringComparer.Ordinal)
            .Select(group => new DataQualityFact
            {
                Source = group.Key, Kind = QualityIssueKind.UnknownModel, Subject = "no model given",
                Count = group.LongCount(),
            });

    private DeviceState Classify(DeviceSnapshot device) => device.LastSyncAt switch
    {
        null => DeviceState.NeverSeen,
        var seen when seen >= _activeSince => DeviceState.Active,
        _ => DeviceState.Idle,
    };

    private static string Label(string? text) => string.IsNullOrWhiteSpace(text) ? "(unknown)" : text.Trim();

    private enum DeviceState
    {
        Active,
        Idle,
        NeverSeen,
    }
}
