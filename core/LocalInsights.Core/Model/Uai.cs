using System.Diagnostics.CodeAnalysis;

namespace LocalInsights.Core.Model;

/// <summary>
/// A validated UAI code: seven digits and a check letter, the identifier of every French school.
/// </summary>
/// <remarks>
/// The check letter is the seven-digit number modulo 23, used as an index into the alphabet without I, O and Q.
/// An invalid code is never corrected: <see cref="Check"/> explains what is wrong and may suggest a candidate.
/// </remarks>
public readonly record struct Uai : IComparable<Uai>
{
    internal const string CheckAlphabet = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private Uai(string value) => Value = value;

    /// <summary>The normalised code, upper-case, eight characters.</summary>
    public string Value { get; }

    public string Departement => Value[..3];

    public static bool TryParse(string? text, [NotNullWhen(true)] out Uai? uai)
    {
        var check = Check(text);
        uai = check.IsValid ? new Uai(check.Normalised) : null;
        return check.IsValid;
    }

    public static Uai Parse(string text)
    {
        var check = Check(text);
        return check.IsValid
            ? new Uai(check.Normalised)
            : throw new FormatException($"'{text}' is not a valid UAI code: {check.Reason}.");
    }

    /// <summary>
    /// Normalises <paramref name="text"/> (trim, upper-case) and checks its form and check letter.
    /// </summary>
    public static UaiCheck Check(string? text)
    {
        var normalised = (text ?? string.Empty).Trim().ToUpperInvariant();
        if (normalised.Length == 0)
        {
            return UaiCheck.Invalid(normalised, "the code is empty");
        }

        var digitCount = CountLeadingDigits(normalised);
        if (normalised.Length == 7 && digitCount == 7)
        {
            return UaiCheck.Invalid(normalised, "the check letter is missing", normalised + ComputeLetter(normalised));
        }

        if (normalised.Length == 7 && digitCount == 6 && char.IsAsciiLetterUpper(normalised[6]))
        {
            var padded = "0" + normalised;
            var suggestion = padded[7] == ComputeLetter(padded.AsSpan(0, 7)) ? padded : null;
            return UaiCheck.Invalid(normalised, "7 characters: was a leading zero lost?", suggestion);
        }

        if (normalised.Length != 8 || digitCount != 7 || !char.IsAsciiLetterUpper(normalised[7]))
        {
            return UaiCheck.Invalid(normalised, "expected 7 digits followed by a letter");
        }

        var expected = ComputeLetter(normalised.AsSpan(0, 7));
        if (normalised[7] != expected)
        {
            var reason = CheckAlphabet.Contains(normalised[7], StringComparison.Ordinal)
                ? $"check letter {normalised[7]} does not match the digits, which give {expected}"
                : $"check letter {normalised[7]} is never used (I, O and Q are excluded); the digits give {expected}";
            return UaiCheck.Invalid(normalised, reason);
        }

        return new UaiCheck(normalised, true, null, null);
    }

    public static bool operator <(Uai left, Uai right) => left.CompareTo(right) < 0;

    public static bool operator <=(Uai left, Uai right) => left.CompareTo(right) <= 0;

    public static bool operator >(Uai left, Uai right) => left.CompareTo(right) > 0;

    public static bool operator >=(Uai left, Uai right) => left.CompareTo(right) >= 0;

    public int CompareTo(Uai other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;

    internal static char ComputeLetter(ReadOnlySpan<char> sevenDigits)
    {
        var number = 0;
        foreach (var digit in sevenDigits)
        {
            number = (number * 10) + (digit - '0');
        }

        return CheckAlphabet[number % 23];
    }

    private static int CountLeadingDigits(string text)
    {
        var count = 0;
        while (count < text.Length && char.IsAsciiDigit(text[count]))
        {
            count++;
        }

        return count;
    }
}

/// <summary>
/// Outcome of checking a UAI code: the normalised text, whether it is valid, and if not why, with an optional
/// candidate that a person may confirm (it is never applied automatically).
/// </summary>
public sealed record UaiCheck(string Normalised, bool IsValid, string? Reason, string? Suggestion)
{
    internal static UaiCheck Invalid(string normalised, string reason, string? suggestion = null) =>
        new(normalised, false, reason, suggestion);
}
