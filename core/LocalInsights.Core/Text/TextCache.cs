namespace LocalInsights.Core.Text;

/// <summary>
/// Remembers what was computed from a piece of text, looked up by a span of characters without making a string,
/// so that a file of millions of rows repeating the same few thousand values computes each value once.
/// </summary>
/// <remarks>
/// Keys compare ordinally. The cache contains at most <see cref="Capacity"/> entries: when full it is emptied and
/// fills again, so memory stays bounded whatever the input, at the cost of computing values again. The last key found
/// is compared first, with no hashing, because files often repeat a value on consecutive rows, such as a log sorted
/// by day.
/// </remarks>
public sealed class TextCache<TValue>
{
    private readonly Dictionary<string, TValue> _entries;
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private string? _lastKey;
    private TValue? _lastValue;

    public TextCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        _entries = new Dictionary<string, TValue>(StringComparer.Ordinal);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Most entries kept before the cache is emptied.</summary>
    public int Capacity { get; }

    public int Count => _entries.Count;

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        if (_lastKey is not null && key.SequenceEqual(_lastKey))
        {
            value = _lastValue!;
            return true;
        }

        if (!_lookup.TryGetValue(key, out var actualKey, out value!))
        {
            return false;
        }

        _lastKey = actualKey;
        _lastValue = value;
        return true;
    }

    /// <summary>Adds or replaces the value of <paramref name="key"/>; a full cache is emptied first.</summary>
    public void Set(ReadOnlySpan<char> key, TValue value)
    {
        _lastKey = null;
        if (_entries.Count >= Capacity && !_lookup.ContainsKey(key))
        {
            _entries.Clear();
        }

        _lookup[key] = value;
    }
}
