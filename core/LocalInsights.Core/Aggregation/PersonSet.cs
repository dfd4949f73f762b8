namespace LocalInsights.Core.Aggregation;

/// <summary>
/// A set of person numbers that takes 4 to 8 bytes per person, where a <see cref="HashSet{T}"/> of integers takes
/// about 16 to 32. Numbers are appended as they come, repeats included, and the array is sorted and its repeats
/// dropped when it is full and when the count is read.
/// </summary>
/// <remarks>
/// The first range of a set, when it is already ascending with no repeat as a summary's groups are, is kept as
/// given: the set then copies nothing until a second range or number arrives.
/// </remarks>
internal sealed class PersonSet
{
    private int[] _items = [];
    private int _count;

    // The first _distinct items are ascending with no repeat.
    private int _distinct;

    // True while _items is an array given to AddDistinct, which the set must not change.
    private bool _borrowed;

    /// <summary>The number of distinct people.</summary>
    public int Count
    {
        get
        {
            Compact();
            return _count;
        }
    }

    public void Add(int person)
    {
        if (_count == _items.Length || _borrowed)
        {
            MakeRoom(1);
        }

        _items[_count++] = person;
    }

    /// <summary>
    /// Adds people given in ascending order with no repeat. The set keeps <paramref name="people"/> itself when it is
    /// empty, so the caller must not change the array afterwards.
    /// </summary>
    public void AddDistinct(int[] people)
    {
        if (_count == 0)
        {
            _items = people;
            _count = people.Length;
            _distinct = people.Length;
            _borrowed = true;
            return;
        }

        if (_borrowed || _items.Length - _count < people.Length)
        {
            MakeRoom(people.Length);
        }

        people.CopyTo(_items, _count);
        _count += people.Length;
    }

    /// <summary>Sorts the items and drops repeats, then grows the array when less than half of it is free.</summary>
    private void MakeRoom(int needed)
    {
        Compact();
        var length = Math.Max(16, _items.Length);
        while (length - _count < Math.Max(needed, length / 2))
        {
            length *= 2;
        }

        if (length != _items.Length || _borrowed)
        {
            var grown = new int[length];
            _items.AsSpan(0, _count).CopyTo(grown);
            _items = grown;
            _borrowed = false;
        }
    }

    private void Compact()
    {
        if (_distinct == _count)
        {
            return;
        }

        var items = _items.AsSpan(0, _count);
        items.Sort();
        var written = 1;
        for (var index = 1; index < items.Length; index++)
        {
            if (items[index] != items[written - 1])
            {
                items[written++] = items[index];
            }
        }

        _count = written;
        _distinct = written;
    }
}
