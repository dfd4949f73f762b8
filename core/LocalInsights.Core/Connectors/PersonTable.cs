using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Security.Cryptography;

namespace LocalInsights.Core.Connectors;

/// <summary>
/// The people of one pull, found by a 96-bit hash of their identifier text: an open-addressing hash table of
/// 16-byte slots, each with the hash and the number of one person. A lookup reads one slot. The table keeps neither
/// the identifiers nor the pseudonyms, so a million people take 32 MiB.
/// </summary>
/// <remarks>
/// <para>
/// The hash is <see cref="XxHash128"/> with a seed drawn at random per process, so crafted identifiers cannot be
/// made to collide or to make lookups slow. Two distinct identifiers would count as one person only when 96 bits
/// of their hashes agree: for a million people the chance is about one in 10^17.
/// </para>
/// <para>
/// The table contains at most <see cref="Capacity"/> people: when full it is emptied and fills again, so memory
/// stays bounded.
/// </para>
/// </remarks>
internal sealed class PersonTable(int capacity)
{
    private const int InitialSlots = 1 << 10;

    private static readonly long Seed = BinaryPrimitives.ReadInt64LittleEndian(RandomNumberGenerator.GetBytes(8));

    private Slot[] _slots = new Slot[InitialSlots];

    public int Capacity { get; } = capacity;

    public int Count { get; private set; }

    /// <summary>Returns the hash that finds <paramref name="key"/> in any table of this process.</summary>
    public static PersonHash Hash(ReadOnlySpan<char> key)
    {
        var hash = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(key), Seed);
        return new PersonHash((ulong)hash, (uint)(hash >> 96));
    }

    /// <summary>Looks up the person of <paramref name="hash"/> and returns its number.</summary>
    public bool TryGet(PersonHash hash, out int number)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var index = (int)hash.Low & mask; ; index = (index + 1) & mask)
        {
            ref var slot = ref slots[index];
            if (slot.NumberPlusOne == 0)
            {
                number = -1;
                return false;
            }

            if (slot.Low == hash.Low && slot.High == hash.High)
            {
                number = slot.NumberPlusOne - 1;
                return true;
            }
        }
    }

    /// <summary>Adds a person not in the table, emptying the table first when it is full.</summary>
    public void Add(PersonHash hash, int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfEqual(number, int.MaxValue);
        if (Count >= Capacity)
        {
            Array.Clear(_slots);
            Count = 0;
        }

        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        Insert(_slots, new Slot(hash.Low, hash.High, number + 1));
        Count++;
    }

    /// <summary>
    /// Asks the processor to fetch the first slot of <paramref name="hash"/> into its caches, without waiting for
    /// it. A caller prefetches the slots of rows a little ahead of the row it looks up, so that several memory reads
    /// overlap. On processors without the SSE prefetch instruction this does nothing.
    /// </summary>
    public unsafe void Prefetch(PersonHash hash)
    {
        if (Sse.IsSupported)
        {
            // The array is not pinned: if it moves, the processor fetches an address no longer used, which is
            // harmless because a prefetch never faults.
            var slots = _slots;
            Sse.Prefetch0(Unsafe.AsPointer(ref slots[(int)hash.Low & (slots.Length - 1)]));
        }
    }

    private static void Insert(Slot[] slots, Slot slot)
    {
        var mask = slots.Length - 1;
        var index = (int)slot.Low & mask;
        while (slots[index].NumberPlusOne != 0)
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
            if (slot.NumberPlusOne != 0)
            {
                Insert(grown, slot);
            }
        }

        _slots = grown;
    }

    /// <summary>A slot: 0 in <see cref="NumberPlusOne"/> marks it empty.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(ulong Low, uint High, int NumberPlusOne);
}

/// <summary>96 bits of a person's identifier hash: <see cref="Low"/> also picks the slot.</summary>
internal readonly record struct PersonHash(ulong Low, uint High);
