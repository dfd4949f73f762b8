using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace LocalInsights.Core.Text;

/// <summary>
/// 95 bits of a seeded hash of a text key, which <see cref="HashedTextTable{TValue}"/> keeps in place of the text.
/// </summary>
/// <remarks>
/// The hash is <see cref="XxHash128"/> with a seed drawn at random per process, so crafted keys cannot be made to
/// collide or to make lookups slow. Among a million keys, two share a hash with a chance of less than one in 10^16
/// (the birthday bound of 95 bits), so tables treat equal hashes as equal keys.
/// </remarks>
public readonly record struct TextKeyHash
{
    private const int StackFoldLength = 256;

    private static readonly long Seed = BinaryPrimitives.ReadInt64LittleEndian(RandomNumberGenerator.GetBytes(8));

    private TextKeyHash(UInt128 hash)
    {
        Low = (ulong)hash;

        // The lowest bit is always set, so that a zero marks an empty slot.
        High = (uint)(hash >> 96) | 1;
    }

    /// <summary>The low 64 bits, which also pick the slot.</summary>
    public ulong Low { get; }

    /// <summary>31 more bits, with the lowest bit set.</summary>
    public uint High { get; }

    /// <summary>Returns the hash of <paramref name="text"/>, exactly as written.</summary>
    public static TextKeyHash Of(ReadOnlySpan<char> text) =>
        new(XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text), Seed));

    /// <summary>
    /// Returns the hash of <paramref name="text"/> in upper case (invariant culture), so that keys which differ only
    /// by case share it.
    /// </summary>
    public static TextKeyHash OfIgnoringCase(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        var folded = text.Length <= StackFoldLength
            ? stackalloc char[StackFoldLength]
            : rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = text.ToUpperInvariant(folded);
            return Of(folded[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}

/// <summary>
/// Values by text key, found by the key's <see cref="TextKeyHash"/>: an open-addressing hash table whose slots contain
/// the hash and the value. A lookup reads one slot, and the table keeps no key text, so it stays small and a key
/// such as a person's identifier is never kept.
/// </summary>
/// <remarks>
/// Equal hashes count as equal keys: see <see cref="TextKeyHash"/> for the chance that two keys share one.
/// </remarks>
public sealed class HashedTextTable<TValue>
    where TValue : struct
{
    private const int InitialSlots = 1 << 10;

    private Slot[] _slots = new Slot[InitialSlots];

    public int Count { get; private set; }

    public bool TryGetValue(TextKeyHash key, out TValue value)
    {
        ref var slot = ref Find(_slots, key.Low, key.High);
        value = slot.Value;
        return slot.High != 0;
    }

    /// <summary>Adds <paramref name="key"/> with <paramref name="value"/>, or replaces its value.</summary>
    public void Set(TextKeyHash key, TValue value)
    {
        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        ref var slot = ref Find(_slots, key.Low, key.High);
        if (slot.High == 0)
        {
            Count++;
        }

        slot = new Slot(key.Low, key.High, value);
    }

    /// <summary>Removes every key and keeps the memory of the slots.</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        Count = 0;
    }

    /// <summary>
    /// Prefetches the first slot of <paramref name="key"/>, as <see cref="MemoryPrefetch"/> describes: a caller
    /// prefetches the slots of keys a little ahead of the one it looks up.
    /// </summary>
    public void Prefetch(TextKeyHash key) => MemoryPrefetch.Element(_slots, (int)key.Low & (_slots.Length - 1));

    /// <summary>Returns the slot of the key with this hash, or the empty slot where it would go.</summary>
    private static ref Slot Find(Slot[] slots, ulong low, uint high)
    {
        var mask = slots.Length - 1;
        for (var index = (int)low & mask; ; index = (index + 1) & mask)
        {
            ref var slot = ref slots[index];
            if (slot.High == 0 || (slot.Low == low && slot.High == high))
            {
                return ref slot;
            }
        }
    }

    private void Grow()
    {
        var grown = new Slot[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot.High != 0)
            {
                Find(grown, slot.Low, slot.High) = slot;
            }
        }

        _slots = grown;
    }

    /// <summary>A slot: 0 in <see cref="High"/> marks it empty.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(ulong Low, uint High, TValue Value);
}
