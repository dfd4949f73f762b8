using System.Text;

namespace LocalInsights.DemoGenerator.Output;

/// <summary>The encodings of the demo files.</summary>
internal static class TextEncodings
{
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static readonly Encoding Utf8WithoutBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Windows-1252, the encoding of a French Excel "CSV (séparateur : point-virgule)". A character it cannot
    /// represent raises an error instead of turning into '?'.
    /// </summary>
    public static Encoding Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
