using System.Buffers;
using LocalInsights.Core.Text;

namespace LocalInsights.Core.Storage;

/// <summary>
/// Pseudonyms of 32 lowercase hexadecimal digits, the form <see cref="Privacy.Pseudonymizer"/> gives, kept as their
/// 16 bytes in one array: half the memory of their UTF-8 text, with no offsets.
/// </summary>
internal sealed class HexPseudonyms : IReadOnlyList<string>
{
    /// <summary>Characters of a pseudonym kept here.</summary>
    public const int Length = 32;

    private const int Bytes = Length / 2;

    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    private byte[] _bytes = new byte[Bytes * 256];

    public int Count { get; private set; }

    public string this[int index] => Convert.ToHexStringLower(Packed(index));

    /// <summary>Returns true when <paramref name="text"/> is 32 lowercase hexadecimal digits.</summary>
    public static bool Fits(string text) => text.Length == Length && !text.AsSpan().ContainsAnyExcept(LowerHexDigits);

    /// <summary>Adds a pseudonym that <see cref="Fits"/> and returns its index.</summary>
    public int Add(string pseudonym) => TryAdd(pseudonym, out var index)
        ? index
        : throw new ArgumentException("The pseudonym is not 32 lowercase hexadecimal digits.", nameof(pseudonym));

    /// <summary>Adds <paramref name="pseudonym"/> when it <see cref="Fits"/>, and returns false otherwise.</summary>
    public bool TryAdd(string pseudonym, out int index)
    {
        if (!Fits(pseudonym))
        {
            index = -1;
            return false;
        }

        if ((Count + 1) * Bytes > _bytes.Length)
        {
            Array.Resize(ref _bytes, _bytes.Length * 2);
        }

        Convert.FromHexString(pseudonym, _bytes.AsSpan(Count * Bytes, Bytes), out _, out _);
        index = Count++;
        return true;
    }

    /// <summary>
    /// Writes the UTF-8 text of pseudonym <paramref name="index"/>, 32 bytes, to the start of
    /// <paramref name="destination"/>.
    /// </summary>
    public void WriteUtf8(int index, Span<byte> destination) =>
        Convert.TryToHexStringLower(Packed(index), destination, out _);

    /// <summary>
    /// Returns the <see cref="TextKeyHash.Of"/> of pseudonym <paramref name="index"/>, with no string.
    /// </summary>
    public TextKeyHash KeyOf(int index)
    {
        Span<char> text = stackalloc char[Length];
        Convert.TryToHexStringLower(Packed(index), text, out _);
        return TextKeyHash.Of(text);
    }

    private ReadOnlySpan<byte> Packed(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        return _bytes.AsSpan(index * Bytes, Bytes);
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
