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
/// A row's device is looked for first at the position after the previous row's device, in a list read in order, and
/// in the table of ids only when it is not there. When daily exports list devices in the same order, as the
/// benchmark's generated exports do, skipping the rows of older exports then reads memory in order instead of one
/// random slot per row. Any other order gives the same result, with one table lookup per row.
/// </para>
/// <para>
/// NOTE: every distinct device is held in memory until the end of the pull, so memory grows with the device
/// count: an estimated 100 bytes per device of a large Intune export, in the <see cref="DeviceCandidateStore"/>, the
/// lists by position and the table of ids.
/// </para>
/// </remarks>
internal sealed class DeviceSnapshotCollector
{
    private readonly PullContext _context;
    private readonly DeviceCandidateStore _store = new();
    private readonly ChunkedList<long> _devices = new();

    // By position in _devices: the key of the device id and the day number of its kept snapshot.
    private readonly ChunkedList<KeptDevice> _keysByPosition = new();

    // Each device id's position in _devices.
    private readonly HashedTextTable<int> _positions = new();

    // The position after that of the last device found, where the next row's device is looked for first.
    private int _expected;

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
        TryFind(KeyOf(deviceId), out var position) && _keysByPosition[position].SnapshotDay > snapshotDate.DayNumber;

    /// <summary>
    /// Starts fetching what <see cref="HasNewerSnapshot(ReadOnlySpan{char}, DateOnly)"/> reads for
    /// <paramref name="deviceId"/>, so that the caller can do other work on the row while it arrives, and keeps the
    /// id's key for that call. With half a million devices the table is larger than the processor caches. Nothing is
    /// fetched when the device is the one expected at the next position.
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
        if (!IsExpected(_prefetchedKey))
        {
            _positions.Prefetch(_prefetchedKey);
        }
    }

    private bool IsExpected(TextKeyHash key) =>
        _expected < _keysByPosition.Count && _keysByPosition[_expected].Is(key);

    /// <summary>Finds the position of the device with <paramref name="key"/>, trying the expected one first.</summary>
    private bool TryFind(TextKeyHash key, out int position)
    {
        if (IsExpected(key))
        {
            position = _expected;
        }
        else if (!_positions.TryGetValue(key, out position))
        {
            return false;
        }

        _expected = position + 1;
        return true;
    }

    private TextKeyHash KeyOf(ReadOnlySpan<char> deviceId) =>
        _hasPrefetched && deviceId.SequenceEqual(_prefetchedId.AsSpan(0, _prefetchedLength))
            ? _prefetchedKey
            : TextKeyHash.OfIgnoringCase(deviceId);

    public async ValueTask AddAsync(DeviceCandidate candidate, CancellationToken cancellationToken)
    {
        var deviceId = candidate.DeviceId;
        var key = TextKeyHash.OfIgnoringCase(deviceId);
        if (!TryFind(key, out var position))
        {
            _positions.Set(key, _devices.Count);
            _keysByPosition.Add(new KeptDevice(key.Low, key.High, candidate.SnapshotDate.DayNumber));
            _devices.Add(_store.Add(candidate));
            return;
        }

        var current = _store.Get(_devices[position]);
        var later = IsLater(candidate, current);
        var (winner, dropped) = later ? (candidate, current) : (current, candidate);
        if (later)
        {
            // The replaced device's bytes stay in the store unused: duplicates within one export are rare.
            _devices[position] = _store.Add(candidate);
        }

        _keysByPosition[position] = new KeptDevice(key.Low, key.High, winner.SnapshotDate.DayNumber);
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

    /// <summary>The key of a kept device's id, in 12 bytes, and the day number of its kept snapshot.</summary>
    private readonly record struct KeptDevice(ulong KeyLow, uint KeyHigh, int SnapshotDay)
    {
        public bool Is(TextKeyHash key) => KeyLow == key.Low && KeyHigh == key.High;
    }
}
