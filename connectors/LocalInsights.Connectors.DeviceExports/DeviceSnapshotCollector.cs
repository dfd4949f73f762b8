using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>
/// Keeps one device per device id: the row of its newest snapshot and, of two rows in that snapshot, the one with
/// the latest check-in. Every repeated row of one snapshot is observed as a duplicate. Devices keep the order in
/// which their id was first read.
/// </summary>
/// <remarks>
/// <para>
/// Files must be added newest snapshot first, and the caller skips a row when <see cref="HasNewerSnapshot"/> is
/// true, so a row added here is never older than the kept row of its device.
/// </para>
/// <para>
/// NOTE: every distinct device is held in memory until the end of the pull, so memory grows with the device
/// count: an estimated 100 bytes per device of a large Intune export, in the <see cref="DeviceCandidateStore"/>, the
/// list of its handles and the table of ids.
/// </para>
/// </remarks>
internal sealed class DeviceSnapshotCollector
{
    private readonly PullContext _context;
    private readonly DeviceCandidateStore _store = new();
    private readonly ChunkedList<long> _devices = new();

    // Each device id's position in _devices and the day number of its kept snapshot, so that skipping a row of an
    // older snapshot reads one slot and no device.
    private readonly HashedTextTable<(int Position, int SnapshotDay)> _kept = new();

    // The last id given to Prefetch, and its key.
    private readonly char[] _prefetchedId = new char[128];
    private int _prefetchedLength;
    private bool _hasPrefetched;
    private TextKeyHash _prefetchedKey;

    public DeviceSnapshotCollector(PullContext context)
    {
        _context = context;
    }

    /// <summary>The number of distinct devices read.</summary>
    public int Count => _devices.Count;

    /// <summary>The devices kept, decoded one at a time, in the order in which their id was first read.</summary>
    public IEnumerable<DeviceCandidate> Devices()
    {
        for (var position = 0; position < _devices.Count; position++)
        {
            yield return _store.Get(_devices[position]);
        }
    }

    /// <summary>Rows dropped because another row of the same device and snapshot had a later check-in.</summary>
    public long Duplicates { get; private set; }

    /// <summary>
    /// Returns true when the device with <paramref name="deviceId"/> was read from a snapshot newer than
    /// <paramref name="snapshotDate"/>. Ids compare ignoring case, by their <see cref="TextKeyHash"/>.
    /// </summary>
    public bool HasNewerSnapshot(string deviceId, DateOnly snapshotDate) =>
        HasNewerSnapshot(deviceId.AsSpan(), snapshotDate);

    /// <summary>The same as <see cref="HasNewerSnapshot(string, DateOnly)"/>, with no string made for the id.</summary>
    public bool HasNewerSnapshot(ReadOnlySpan<char> deviceId, DateOnly snapshotDate) =>
        _kept.TryGetValue(KeyOf(deviceId), out var kept) && kept.SnapshotDay > snapshotDate.DayNumber;

    /// <summary>
    /// Starts fetching what <see cref="HasNewerSnapshot(ReadOnlySpan{char}, DateOnly)"/> reads for
    /// <paramref name="deviceId"/>, so that the caller can do other work on the row while it arrives, and keeps the
    /// id's key for that call. With half a million devices the table is larger than the processor caches.
    /// </summary>
    public void Prefetch(ReadOnlySpan<char> deviceId)
    {
        if (deviceId.Length > _prefetchedId.Length)
        {
            return;
        }

        _prefetchedKey = TextKeyHash.OfIgnoringCase(deviceId);
        deviceId.CopyTo(_prefetchedId);
        _prefetchedLength = deviceId.Length;
        _hasPrefetched = true;
        _kept.Prefetch(_prefetchedKey);
    }

    private TextKeyHash KeyOf(ReadOnlySpan<char> deviceId) =>
        _hasPrefetched && deviceId.SequenceEqual(_prefetchedId.AsSpan(0, _prefetchedLength))
            ? _prefetchedKey
            : TextKeyHash.OfIgnoringCase(deviceId);

    public async ValueTask AddAsync(DeviceCandidate candidate, CancellationToken cancellationToken)
    {
        var deviceId = candidate.DeviceId;
        var key = TextKeyHash.OfIgnoringCase(deviceId);
        if (!_kept.TryGetValue(key, out var found))
        {
            _kept.Set(key, (_devices.Count, candidate.SnapshotDate.DayNumber));
            _devices.Add(_store.Add(candidate));
            return;
        }

        var position = found.Position;
        var kept = _store.Get(_devices[position]);
        var later = IsLater(candidate, kept);
        var (winner, dropped) = later ? (candidate, kept) : (kept, candidate);
        if (later)
        {
            // The replaced device's bytes stay in the store unused: duplicates within one export are rare.
            _devices[position] = _store.Add(candidate);
        }

        _kept.Set(key, (position, winner.SnapshotDate.DayNumber));
        Duplicates++;
        await _context.ObserveAsync(
            new QualityObservation
            {
                Source = _context.Connector, Kind = QualityIssueKind.Duplicate, Subject = deviceId,
                File = dropped.File,
                Detail = $"line {dropped.Line} was dropped because {winner.File} line {winner.Line} lists the "
                    + "same device with the latest check-in",
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Returns true when the candidate checked in after the kept row. A device never seen counts as the oldest.
    /// </summary>
    private static bool IsLater(DeviceCandidate candidate, DeviceCandidate kept) =>
        (candidate.LastSyncAt ?? DateTimeOffset.MinValue) > (kept.LastSyncAt ?? DateTimeOffset.MinValue);
}
