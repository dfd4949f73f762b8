namespace LocalInsights.Connectors.Graph.Devices;

/// <summary>
/// Remembers, for each device id, which record of the listing to keep: the one with the latest check-in, or the
/// first one read when the check-ins are equal. Only the id, the check-in and the record's position are held.
/// </summary>
/// <remarks>
/// Intune device ids are GUIDs and are held as 16 bytes; other ids are held as strings. At about 40 bytes per
/// device (an estimate from the entry layout, not a measurement), 500,000 devices take some 20 MB.
/// </remarks>
internal sealed class DeviceIndex
{
    private readonly Dictionary<Guid, Entry> _byGuid = [];
    private readonly Dictionary<string, Entry> _byText = new(StringComparer.OrdinalIgnoreCase);

    public long Distinct => _byGuid.Count + _byText.Count;

    /// <summary>Records read beyond the first of their device.</summary>
    public long Repeats { get; private set; }

    /// <summary>
    /// Records the record at <paramref name="position"/>; returns true when its device was read before.
    /// </summary>
    public bool Add(string id, DateTimeOffset? lastSync, int position)
    {
        var candidate = new Entry(lastSync?.UtcTicks ?? long.MinValue, position);
        return Guid.TryParse(id, out var guid) ? Add(_byGuid, guid, candidate) : Add(_byText, id, candidate);
    }

    public bool IsKept(string id, int position) =>
        (Guid.TryParse(id, out var guid) ? _byGuid[guid] : _byText[id]).Position == position;

    /// <summary>Lists the ids read more than once, with how many records of each were dropped.</summary>
    public IEnumerable<(string Id, int Dropped)> Repeated() =>
        _byGuid.Where(pair => pair.Value.Seen > 1).Select(pair => (pair.Key.ToString(), pair.Value.Seen - 1))
            .Concat(_byText.Where(pair => pair.Value.Seen > 1).Select(pair => (pair.Key, pair.Value.Seen - 1)));

    private bool Add<TKey>(Dictionary<TKey, Entry> entries, TKey key, Entry candidate)
        where TKey : notnull
    {
        if (!entries.TryGetValue(key, out var kept))
        {
            entries.Add(key, candidate);
            return false;
        }

        Repeats++;
        var winner = candidate.LastSyncTicks > kept.LastSyncTicks ? candidate : kept;
        entries[key] = winner with { Seen = kept.Seen + 1 };
        return true;
    }

    private readonly record struct Entry(long LastSyncTicks, int Position, int Seen = 1);
}
