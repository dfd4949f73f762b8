using LocalInsights.Core.Text;
using System.Security.Cryptography;
using System.Text;

namespace LocalInsights.Core.Privacy;

/// <summary>
/// Replaces a person's identifier with a keyed pseudonym (HMAC-SHA-256 under the environment's secret), so that
/// the same person links across sources and runs of one environment but cannot be recognised without the key.
/// </summary>
/// <remarks>
/// Identifiers are trimmed and lower-cased (invariant) first, because user principal names and e-mail addresses
/// are case-insensitive. The pseudonym is the first 128 bits of the MAC in hexadecimal.
/// </remarks>
public sealed class Pseudonymizer
{
    /// <summary>Shortest key accepted, in bytes: HMAC-SHA-256 keys shorter than its 32-byte output weaken it.</summary>
    public const int MinimumKeyBytes = 32;

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
    /// it, trimmed and in lower case: identifiers with the same key get the same pseudonym.
    /// </summary>
    public static TextKeyHash IdentifierKey(ReadOnlySpan<char> identifier)
    {
        const int StackChars = 256;
        var trimmed = identifier.Trim();
        char[]? rented = null;
        var lowered = trimmed.Length <= StackChars
            ? stackalloc char[StackChars]
            : rented = System.Buffers.ArrayPool<char>.Shared.Rent(trimmed.Length);
        try
        {
            var length = trimmed.ToLowerInvariant(lowered);
            return TextKeyHash.Of(lowered[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
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
        const int StackChars = 256;
        var trimmed = identifier.Trim();
        if (trimmed.IsEmpty)
        {
            throw new ArgumentException("The identifier is empty or white space.", nameof(identifier));
        }

        char[]? rentedChars = null;
        byte[]? rentedBytes = null;
        try
        {
            var lowered = trimmed.Length <= StackChars
                ? stackalloc char[StackChars]
                : rentedChars = System.Buffers.ArrayPool<char>.Shared.Rent(trimmed.Length);
            var length = trimmed.ToLowerInvariant(lowered);
            var maxBytes = Encoding.UTF8.GetMaxByteCount(length);
            var input = maxBytes <= StackChars * 3
                ? stackalloc byte[StackChars * 3]
                : rentedBytes = System.Buffers.ArrayPool<byte>.Shared.Rent(maxBytes);
            var byteCount = Encoding.UTF8.GetBytes(lowered[..length], input);
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
