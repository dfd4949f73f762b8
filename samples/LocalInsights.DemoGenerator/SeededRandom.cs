namespace LocalInsights.DemoGenerator;

/// <summary>
/// A xoshiro256** pseudo-random generator whose sequence depends only on the seed and a stream name, so every
/// run draws the same values.
/// </summary>
/// <remarks>
/// <see cref="System.Random"/> is avoided because its seeded algorithm is an implementation detail of the
/// runtime. Each source file draws from its own named stream, so changing one generator leaves the others'
/// output unchanged.
/// </remarks>
internal sealed class SeededRandom
{
    private const string UpperAlphanumeric = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789";

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public SeededRandom(long seed, string stream)
    {
        var state = unchecked((ulong)seed) ^ Fnv1a(stream);
        _s0 = SplitMix(ref state);
        _s1 = SplitMix(ref state);
        _s2 = SplitMix(ref state);
        _s3 = SplitMix(ref state);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Returns a uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns a uniform integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(NextDouble() * maxExclusive);
    }

    /// <summary>Returns a uniform integer in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public double NextDouble(double min, double max) => min + (NextDouble() * (max - min));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public T PickWeighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = items.Sum(item => item.Weight);
        var target = NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            target -= weight;
            if (target < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary>Returns a random version 4 GUID in its usual lower-case text form.</summary>
    public string NextGuid()
    {
        var bytes = new byte[16];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), NextUInt64());
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 8), NextUInt64());
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("D");
    }

    /// <summary>Returns upper-case letters and digits without O, so that no value looks like a zero.</summary>
    public string NextAlphanumeric(int length) => NextString(length, UpperAlphanumeric);

    public string NextString(int length, string alphabet)
    {
        var characters = new char[length];
        for (var i = 0; i < length; i++)
        {
            characters[i] = alphabet[Next(alphabet.Length)];
        }

        return new string(characters);
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong RotateLeft(ulong value, int count) => (value << count) | (value >> (64 - count));

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var character in text)
        {
            hash ^= character;
            hash *= 0x100000001B3UL;
        }

        return hash;
    }
}
