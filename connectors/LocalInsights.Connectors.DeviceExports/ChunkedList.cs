using System.Collections;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>
/// A list of values in chunks of 256, so that it grows without copying: one array for half a million devices would
/// be copied at each doubling, on the large object heap.
/// </summary>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
    where T : struct
{
    private const int ChunkLength = 256;

    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _chunks[index / ChunkLength][index % ChunkLength];
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            _chunks[index / ChunkLength][index % ChunkLength] = value;
        }
    }

    public void Add(T value)
    {
        if (Count % ChunkLength == 0)
        {
            _chunks.Add(new T[ChunkLength]);
        }

        _chunks[^1][Count % ChunkLength] = value;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
