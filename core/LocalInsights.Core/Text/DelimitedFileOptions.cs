namespace LocalInsights.Core.Text;

/// <summary>How a delimited file is read. Every setting defaults to detection from the file itself.</summary>
public sealed class DelimitedFileOptions
{
    /// <summary><c>auto</c> (default), <c>utf-8</c>, <c>windows-1252</c> or <c>iso-8859-1</c>.</summary>
    public string Encoding { get; set; } = "auto";

    /// <summary>Field separator; empty (default) detects <c>;</c>, <c>,</c>, tab or <c>|</c> from the header.</summary>
    public string? Separator { get; set; }

    /// <summary>
    /// True for files whose fields never contain a line break, such as logs and device exports. A quote that is not
    /// closed on its line then makes that line one row with an unclosed quote, and reading resumes at the next line.
    /// False (default) lets a quoted field span up to <see cref="CsvTokenizer.MaxQuotedLineBreaks"/> line breaks.
    /// </summary>
    public bool SingleLineRecords { get; set; }
}
