namespace LocalInsights.DemoGenerator;

/// <summary>
/// The UAI check rule: the seven digits read as one number, modulo 23, index the alphabet without I, O and Q.
/// </summary>
internal static class UaiCode
{
    private const string CheckAlphabet = "ABCDEFGHJKLMNPRSTUVWXYZ";

    public static bool IsValid(string code)
    {
        if (code.Length != 8 || !code.AsSpan(0, 7).ContainsOnlyDigits())
        {
            return false;
        }

        return code[7] == ComputeCheckLetter(code.AsSpan(0, 7));
    }

    public static char ComputeCheckLetter(ReadOnlySpan<char> sevenDigits)
    {
        var number = 0;
        foreach (var digit in sevenDigits)
        {
            number = (number * 10) + (digit - '0');
        }

        return CheckAlphabet[number % 23];
    }

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> text)
    {
        foreach (var character in text)
        {
            if (!char.IsAsciiDigit(character))
            {
                return false;
            }
        }

        return true;
    }
}
