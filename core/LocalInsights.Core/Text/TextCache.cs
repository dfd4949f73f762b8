namespace LocalInsights.Core.Text;

/// <summary>
/// Remembers what was computed from a piece of text, looked up by a span of characters without making a string,
/// so that a file of millions of rows repeating the same few thousand values computes each value once.
/// </summary>
/// <remarks>
/// <para>
/// Keys compare ordinally. The cache contains at most <see cref="Capacity"/> entries: when full it is emptied and
/// fills again, so memory stays bounded whatever the input, at the cost of computing values again.
/// </para>
/// <para>
/// Files often repeat a value on consecutive rows, such as the day of a log sorted by day. When at least half of a
/// window of 1,024 lookups found the same key as the lookup before, the next window compares the last key found
/// first, with no hashing.
/// </para>
/// </remarks>
public sealed class TextCache<TValue>
{
    private const int Window = 1024;

    private readonly Dictionary<string, TValue> _entries;
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private string? _lastKey;
    private TValue? _lastValue;
    private bool _compareLast;
    private int _lookups;
    private int _repeats;

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
        if (_compareLast && _lastKey is not null && key.SequenceEqual(_lastKey))
        {
            value = _lastValue!;
            CountLookup(repeat: true);
            return true;
        }

        if (!_lookup.TryGetValue(key, out var actualKey, out value!))
        {
            return false;
        }

        CountLookup(ReferenceEquals(actualKey, _lastKey));
        _lastKey = actualKey;
        _lastValue = value;
        return true;
    }

    /// <summary>Counts a lookup that found a key, and at the end of each window decides what the next does.</summary>
    private void CountLookup(bool repeat)
    {
        _repeats += repeat ? 1 : 0;
        if (++_lookups < Window)
        {
            return;
        }

        _compareLast = _repeats * 2 >= Window;
        _lookups = 0;
        _repeats = 0;
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
