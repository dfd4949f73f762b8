using System.Runtime.InteropServices;
using LocalInsights.Core.Model;

namespace LocalInsights.Core.Connectors;

/// <summary>
/// The people of one pull by identifier text: an open-addressing hash table whose slots hold the hash, the person
/// and where the identifier's characters sit in one shared array. A lookup reads one slot and those characters,
/// where a dictionary of strings reads a bucket, an entry and a string object. On a log of millions of rows over
/// a hundred thousand people, these reads miss the processor caches and cost most of the lookup.
/// </summary>
/// <remarks>
/// Hashes come from <see cref="HashCode"/>, which is seeded at random per process, so crafted identifiers cannot
/// make lookups slow. The table contains at most <see cref="Capacity"/> people: when full it is emptied and fills
/// again, so memory stays bounded. Identifiers longer than <see cref="MaxKeyLength"/> characters are not kept.
/// </remarks>
internal sealed class PersonTable(int capacity)
{
    /// <summary>Longest identifier kept, in characters; longer ones are looked up every time.</summary>
    public const int MaxKeyLength = char.MaxValue;

    private const int InitialSlots = 1 << 10;

    private Slot[] _slots = new Slot[InitialSlots];
    private char[] _keys = new char[1 << 14];
    private int _keysLength;

    public int Capacity { get; } = capacity;

    public int Count { get; private set; }

    public bool TryGet(ReadOnlySpan<char> key, out PersonKey person) => TryGet(key, Hash(key), out person);

    /// <summary>Looks up <paramref name="key"/> with its <see cref="Hash"/> computed before.</summary>
    public bool TryGet(ReadOnlySpan<char> key, int hash, out PersonKey person)
    {
        var mask = _slots.Length - 1;
        for (var index = hash & mask; ; index = (index + 1) & mask)
        {
            ref var slot = ref _slots[index];
            if (slot.Hash == 0)
            {
                person = default;
                return false;
            }

            if (slot.Hash == hash && _keys[slot.KeyStart] == key.Length
                && _keys.AsSpan(slot.KeyStart + 1, key.Length).SequenceEqual(key))
            {
                person = new PersonKey(slot.Number, slot.Pseudonym!);
                return true;
            }
        }
    }

    /// <summary>Adds a person not in the table, emptying the table first when it is full.</summary>
    public void Add(ReadOnlySpan<char> key, PersonKey person)
    {
        if (key.Length > MaxKeyLength)
        {
            return;
        }

        if (Count >= Capacity)
        {
            Array.Clear(_slots);
            _keysLength = 0;
            Count = 0;
        }

        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        if (_keysLength + key.Length + 1 > _keys.Length)
        {
            Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keysLength + key.Length + 1));
        }

        var start = _keysLength;
        _keys[start] = (char)key.Length;
        key.CopyTo(_keys.AsSpan(start + 1));
        _keysLength += key.Length + 1;
        Insert(_slots, new Slot(Hash(key), start, person.Number, person.Pseudonym));
        Count++;
    }

    /// <summary>
    /// Reads the first slot of <paramref name="hash"/> and the start of its identifier, and returns a value of
    /// them. A caller about to look up many keys touches them all first: the reads do not depend on each other, so
    /// the processor fetches them from memory in parallel, and the lookups that follow find them in its caches.
    /// </summary>
    public int Touch(int hash)
    {
        var slot = _slots[hash & (_slots.Length - 1)];
        return slot.Hash == 0 ? 0 : _keys[slot.KeyStart];
    }

    /// <summary>Returns a hash of <paramref name="key"/> that is never 0, the mark of an empty slot.</summary>
    public static int Hash(ReadOnlySpan<char> key)
    {
        var hash = new HashCode();
        hash.AddBytes(MemoryMarshal.AsBytes(key));
        return hash.ToHashCode() | 1;
    }

    private static void Insert(Slot[] slots, Slot slot)
    {
        var mask = slots.Length - 1;
        var index = slot.Hash & mask;
        while (slots[index].Hash != 0)
        {
            index = (index + 1) & mask;
        }

        slots[index] = slot;
    }

    private void Grow()
    {
        var grown = new Slot[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot.Hash != 0)
            {
                Insert(grown, slot);
            }
        }

        _slots = grown;
    }

    private readonly record struct Slot(int Hash, int KeyStart, int Number, string? Pseudonym);
}
