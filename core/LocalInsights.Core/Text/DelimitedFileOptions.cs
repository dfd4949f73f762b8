namespace LocalInsights.Core.Text;

/// <summary>How a delimited file is read. Every setting defaults to detection from the file itself.</summary>
public sealed class DelimitedFileOptions
{
    /// <summary><c>auto</c> (default), <c>utf-8</c>, <c>windows-1252</c> or <c>iso-8859-1</c>.</summary>
    public string Encoding { get; set; } = "auto";

    /// <summary>Field separator; empty (default) detects <c>;</c>, <c>,</c>, tab or <c>|</c> from the header.</summary>
    public string? Separator { get; set; }
}
