using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;

namespace LocalInsights.Core.Aggregation;

/// <summary>
/// Classifies devices at the end of the month from their latest snapshot in the month: active, idle, never seen.
/// </summary>
/// <remarks>
/// Memory grows with the number of distinct devices, not with the number of snapshots read. Of each device only what
/// the facts use is kept, in a small value with shared strings, and its id only as a <see cref="TextKeyHash"/>:
/// an estimated 100 to 170 bytes per device, from the sizes of its fields, where the snapshot object took several
/// hundred.
/// </remarks>
internal sealed class DeviceAggregation(PullWindow window, AggregationOptions options)
{
    private readonly Dictionary<string, HashedTextTable<int>> _positionsBySource = new(StringComparer.Ordinal);
    private readonly List<LatestDevice> _latest = [];
    private readonly StringPool _sharedText = new();
    private readonly DateTimeOffset _activeSince = new DateTimeOffset(
        window.To.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1 - options.ActiveDeviceDays);

    public void Add(DeviceSnapshot device)
    {
        if (!window.Contains(device.SnapshotDate))
        {
            return;
        }

        if (!_positionsBySource.TryGetValue(device.Source, out var positions))
        {
            positions = new HashedTextTable<int>();
            _positionsBySource.Add(device.Source, positions);
        }

        var key = TextKeyHash.Of(device.DeviceId);
        var found = positions.TryGetValue(key, out var position);
        if (found && _latest[position].SnapshotDate >= device.SnapshotDate)
        {
            return;
        }

        var latest = new LatestDevice(
            _sharedText.Share(device.Source), device.Uai is null ? null : _sharedText.Share(device.Uai),
            _sharedText.Share(Label(device.Model)), _sharedText.Share(Label(device.OperatingSystem)),
            string.IsNullOrWhiteSpace(device.Model), device.SnapshotDate, device.LastSyncAt);
        if (found)
        {
            _latest[position] = latest;
        }
        else
        {
            positions.Set(key, _latest.Count);
            _latest.Add(latest);
        }
    }

    public IReadOnlyList<DeviceFact> ToFacts()
    {
        var groups = new Dictionary<(string? Uai, string Model, string Os, string Source), long[]>();
        foreach (var device in _latest)
        {
            var key = (device.Uai, device.Model, device.OperatingSystem, device.Source);
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
        _latest.Where(device => device.HasNoModel)
            .GroupBy(device => device.Source, StringComparer.Ordinal)
            .Select(group => new DataQualityFact
            {
                Source = group.Key, Kind = QualityIssueKind.UnknownModel, Subject = "no model given",
                Count = group.LongCount(),
            });

    private DeviceState Classify(LatestDevice device) => device.LastSyncAt switch
    {
        null => DeviceState.NeverSeen,
        var seen when seen >= _activeSince => DeviceState.Active,
        _ => DeviceState.Idle,
    };

    private static string Label(string? text) => string.IsNullOrWhiteSpace(text) ? "(unknown)" : text.Trim();

    /// <summary>What the facts use of a device's latest snapshot.</summary>
    private readonly record struct LatestDevice(string Source, string? Uai, string Model, string OperatingSystem,
        bool HasNoModel, DateOnly SnapshotDate, DateTimeOffset? LastSyncAt);

    private enum DeviceState
    {
        Active,
        Idle,
        NeverSeen,
    }
}
