using LocalInsights.Core.Text;
using System.Security.Cryptography;
using System.Text;

namespace LocalInsights.Core.Privacy;

/// <summary>
/// Replaces a person's identifier with a keyed pseudonym (HMAC-SHA-256 under the environment's secret), so that
/// the same person links across sources and runs of one environment but cannot be recognised without the key.
/// </summary>
/// <remarks>
/// Identifiers are trimmed, lower-cased (invariant) and put in Unicode normalisation form C first, because user
/// principal names and e-mail addresses are case-insensitive and an accented letter can be typed two ways. The
/// pseudonym is the first 128 bits of the MAC in hexadecimal.
/// </remarks>
public sealed class Pseudonymizer
{
    /// <summary>Shortest key accepted, in bytes: HMAC-SHA-256 keys shorter than its 32-byte output weaken it.</summary>
    public const int MinimumKeyBytes = 32;

    // Characters of an identifier normalised on the stack; longer ones use a rented array.
    private const int StackChars = 256;

    private readonly byte[] _key;

    // The HMAC of the last pseudonymiser used on each thread. It is reset after each pseudonym, which saves setting
    // the key up again as a one-shot HMAC does on every call.
    [ThreadStatic]
    private static (Pseudonymizer Owner, IncrementalHash Hmac)? t_hmac;

    public Pseudonymizer(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            // No parameter name: the message reaches people who set the key, where .NET's suffix would mean nothing.
            throw new ArgumentException(
                $"The pseudonymisation key has {key.Length} bytes, but it needs at least {MinimumKeyBytes}. Generate "
                + "one with: openssl rand -base64 32.");
        }

        _key = key.ToArray();
    }

    /// <summary>Creates a pseudonymizer from a key written in Base64, as it is kept in settings or Key Vault.</summary>
    public static Pseudonymizer FromBase64(string base64Key)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64Key.Trim());
        }
        catch (FormatException exception)
        {
            throw new ArgumentException(
                "The pseudonymisation key is not valid Base64. Generate one with: openssl rand -base64 32.", exception);
        }

        return new Pseudonymizer(key);
    }

    /// <summary>
    /// Returns the <see cref="TextKeyHash"/> of <paramref name="identifier"/> as <see cref="Pseudonymize"/> normalises
    /// it: identifiers with the same key get the same pseudonym.
    /// </summary>
    public static TextKeyHash IdentifierKey(ReadOnlySpan<char> identifier)
    {
        Span<char> stack = stackalloc char[StackChars];
        char[]? rented = null;
        try
        {
            return TextKeyHash.Of(Normalise(identifier, stack, ref rented));
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Returns <paramref name="identifier"/> trimmed, in lower case (invariant) and, when it is not ASCII, in Unicode
    /// normalisation form C, so that an accented letter typed as one character or as a letter and a combining accent
    /// gives one pseudonym. The result is in <paramref name="stack"/>, in <paramref name="rented"/> (rented from the
    /// shared pool when the stack is too small; the caller returns it) or, for the rare text to recompose, in a new
    /// array. Text that is not valid UTF-16 is left as it is.
    /// </summary>
    private static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> identifier, Span<char> stack, ref char[]? rented)
    {
        var trimmed = identifier.Trim();
        var lowered = trimmed.Length <= stack.Length
            ? stack
            : rented = System.Buffers.ArrayPool<char>.Shared.Rent(trimmed.Length);
        var result = lowered[..trimmed.ToLowerInvariant(lowered)];
        if (Ascii.IsValid(result))
        {
            return result;
        }

        try
        {
            if (result.IsNormalized(NormalizationForm.FormC))
            {
                return result;
            }

            var normalised = new char[result.GetNormalizedLength(NormalizationForm.FormC)];
            result.TryNormalize(normalised, out var written, NormalizationForm.FormC);
            return normalised.AsSpan(0, written);
        }
        catch (ArgumentException)
        {
            // A lone surrogate has no normal form.
            return result;
        }
    }

    public string Pseudonymize(string identifier)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identifier);
        return Pseudonymize(identifier.AsSpan());
    }

    /// <summary>Returns this thread's HMAC under this pseudonymiser's key, creating it when missing.</summary>
    private IncrementalHash Hmac()
    {
        if (t_hmac is { } cached && ReferenceEquals(cached.Owner, this))
        {
            return cached.Hmac;
        }

        t_hmac?.Hmac.Dispose();
        var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        t_hmac = (this, hmac);
        return hmac;
    }

    /// <summary>Returns the pseudonym of <paramref name="identifier"/>, as the overload for a string does.</summary>
    public string Pseudonymize(ReadOnlySpan<char> identifier)
    {
        if (identifier.IsWhiteSpace())
        {
            throw new ArgumentException("The identifier is empty or white space.", nameof(identifier));
        }

        Span<char> stack = stackalloc char[StackChars];
        char[]? rentedChars = null;
        byte[]? rentedBytes = null;
        try
        {
            var normalised = Normalise(identifier, stack, ref rentedChars);
            var maxBytes = Encoding.UTF8.GetMaxByteCount(normalised.Length);
            var input = maxBytes <= StackChars * 3
                ? stackalloc byte[StackChars * 3]
                : rentedBytes = System.Buffers.ArrayPool<byte>.Shared.Rent(maxBytes);
            var byteCount = Encoding.UTF8.GetBytes(normalised, input);
            Span<byte> mac = stackalloc byte[32];
            var hmac = Hmac();
            hmac.AppendData(input[..byteCount]);
            hmac.GetHashAndReset(mac);
            return Convert.ToHexStringLower(mac[..16]);
        }
        finally
        {
            if (rentedChars is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rentedChars);
            }

            if (rentedBytes is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rentedBytes);
            }
        }
    }
}
