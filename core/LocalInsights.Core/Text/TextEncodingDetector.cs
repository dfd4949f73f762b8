using System.Text;

namespace LocalInsights.Core.Text;

/// <summary>
/// Decides how a text file is encoded: by its byte order mark, else strict UTF-8 if the sampled bytes are valid
/// UTF-8, else Windows-1252, the encoding French Excel uses for "CSV (séparateur : point-virgule)".
/// </summary>
public static class TextEncodingDetector
{
    /// <summary>Bytes checked for UTF-8 validity when a file has no byte order mark.</summary>
    public const int SampleBytes = 1 << 20;

    private static readonly Lazy<Encoding> Windows1252Encoding = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static Encoding Windows1252 => Windows1252Encoding.Value;

    /// <summary>Strict UTF-8: invalid bytes throw instead of becoming U+FFFD.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Returns the encoding of <paramref name="sample"/> and the length of its byte order mark.</summary>
    public static (Encoding Encoding, int PreambleLength) Detect(ReadOnlySpan<byte> sample, bool sampleIsWholeFile)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (IsUtf8(sample, sampleIsWholeFile) ? StrictUtf8 : Windows1252, 0);
    }

    /// <summary>Resolves a configured encoding name; <c>auto</c> or empty means detection.</summary>
    public static Encoding? FromName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => null,
        "utf-8" or "utf8" => StrictUtf8,
        "windows-1252" or "cp1252" or "1252" => Windows1252,
        "iso-8859-1" or "latin1" => Encoding.Latin1,
        var other => throw new ArgumentException(
            $"Encoding '{other}' is not supported: use auto, utf-8, windows-1252 or iso-8859-1."),
    };

    private static bool IsUtf8(ReadOnlySpan<byte> sample, bool sampleIsWholeFile)
    {
        if (!sampleIsWholeFile)
        {
            // The sample may end inside a multi-byte sequence: drop up to three trailing bytes of it.
            var cut = sample.Length;
            for (var back = 1; back <= 3 && back <= sample.Length; back++)
            {
                var value = sample[^back];
                if ((value & 0xC0) == 0xC0)
                {
                    cut = sample.Length - back;
                    break;
                }

                if ((value & 0x80) == 0)
                {
                    break;
                }
            }

            sample = sample[..cut];
        }

        return System.Text.Unicode.Utf8.IsValid(sample);
    }
}
