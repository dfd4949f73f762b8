using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;

namespace LocalInsights.Core.Aggregation;

/// <summary>
/// Classifies devices at the end of the month from their latest snapshot in the month: active, idle, never seen.
/// </summary>
/// <remarks>
/// Memory grows with the number of distinct devices, not with the number of snapshots read. Of each device only what
/// the facts use is kept, in a 16-byte value: the index of its kind (source, UAI, model, operating system) in a
/// shared list, the day of its snapshot and its last check-in. Its id is kept only as a <see cref="TextKeyHash"/>
/// in a table of 16-byte slots, at least half empty: an estimated 48 to 96 bytes per device in all.
/// </remarks>
internal sealed class DeviceAggregation(PullWindow window, AggregationOptions options)
{
    private const long NeverSeen = long.MinValue;

    private readonly Dictionary<string, HashedTextTable<int>> _positionsBySource = new(StringComparer.Ordinal);
    private readonly List<LatestDevice> _latest = [];
    private readonly Dictionary<DeviceKind, int> _kindIndexes = [];
    private readonly List<DeviceKind> _kinds = [];
    private readonly long _activeSinceTicks = new DateTimeOffset(
        window.To.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1 - options.ActiveDeviceDays).UtcTicks;

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
        var day = device.SnapshotDate.DayNumber;
        if (found && _latest[position].SnapshotDay >= day)
        {
            return;
        }

        var latest = new LatestDevice(KindIndex(device), day, device.LastSyncAt?.UtcTicks ?? NeverSeen);
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

    private int KindIndex(DeviceSnapshot device)
    {
        var kind = new DeviceKind(device.Source, device.Uai, Label(device.Model), Label(device.OperatingSystem),
            string.IsNullOrWhiteSpace(device.Model));
        if (!_kindIndexes.TryGetValue(kind, out var index))
        {
            index = _kinds.Count;
            _kindIndexes.Add(kind, index);
            _kinds.Add(kind);
        }

        return index;
    }

    public IReadOnlyList<DeviceFact> ToFacts()
    {
        var countsByKind = new long[_kinds.Count, 3];
        foreach (var device in _latest)
        {
            countsByKind[device.Kind, (int)Classify(device)]++;
        }

        var groups = new Dictionary<(string? Uai, string Model, string Os, string Source), long[]>();
        for (var index = 0; index < _kinds.Count; index++)
        {
            var kind = _kinds[index];
            var key = (kind.Uai, kind.Model, kind.OperatingSystem, kind.Source);
            if (!groups.TryGetValue(key, out var counts))
            {
                counts = new long[3];
                groups[key] = counts;
            }

            for (var state = 0; state < 3; state++)
            {
                counts[state] += countsByKind[index, state];
            }
        }

        return groups
            .Where(pair => pair.Value.Sum() > 0)
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
        _latest.Where(device => _kinds[device.Kind].HasNoModel)
            .GroupBy(device => _kinds[device.Kind].Source, StringComparer.Ordinal)
            .Select(group => new DataQualityFact
            {
                Source = group.Key, Kind = QualityIssueKind.UnknownModel, Subject = "no model given",
                Count = group.LongCount(),
            });

    private DeviceState Classify(LatestDevice device) => device.LastSyncTicks switch
    {
        NeverSeen => DeviceState.NeverSeen,
        var seen when seen >= _activeSinceTicks => DeviceState.Active,
        _ => DeviceState.Idle,
    };

    private static string Label(string? text) => string.IsNullOrWhiteSpace(text) ? "(unknown)" : text.Trim();

    /// <summary>
    /// The part of a device that many devices share: where it is, what it is, and whether its model is known.
    /// </summary>
    private readonly record struct DeviceKind(string Source, string? Uai, string Model, string OperatingSystem,
        bool HasNoModel);

    /// <summary>
    /// What the facts use of a device's latest snapshot: its kind's index, the snapshot's day number and the last
    /// check-in in UTC ticks, or <see cref="NeverSeen"/>.
    /// </summary>
    private readonly record struct LatestDevice(int Kind, int SnapshotDay, long LastSyncTicks);

    private enum DeviceState
    {
        Active,
        Idle,
        NeverSeen,
    }
}
