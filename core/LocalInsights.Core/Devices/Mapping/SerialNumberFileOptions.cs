namespace LocalInsights.Core.Devices.Mapping;

/// <summary>
/// A file that lists serial numbers with the UAI of the establishment they were delivered to: an investment
/// register (<c>.csv</c> or <c>.xlsx</c>) or a plain delivery list with columns <c>serial;uai</c>.
/// </summary>
public sealed class SerialNumberFileOptions
{
    /// <summary>Path of the file, relative to the environment's folder or absolute.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>
    /// Column of serial numbers. Empty (default) takes the first of <c>serial</c>, <c>Serial number</c>,
    /// <c>Numéro de série</c>, <c>Numéros de série</c>, <c>N° de série</c> found in the header. A cell may list
    /// several serial numbers separated by commas, semicolons, <c>|</c>, spaces or line breaks.
    /// </summary>
    public string? SerialColumn { get; set; }

    /// <summary>
    /// Column of UAI codes. Empty (default) takes the first of <c>uai</c>, <c>Établissement (UAI)</c>,
    /// <c>Etablissement (UAI)</c> found in the header.
    /// </summary>
    public string? UaiColumn { get; set; }

    /// <summary>Worksheet of an <c>.xlsx</c> file; empty (default) reads the first one.</summary>
    public string? Sheet { get; set; }

    /// <summary>Encoding of a CSV file: <c>auto</c> (default), <c>utf-8</c>, <c>windows-1252</c>.</summary>
    public string Encoding { get; set; } = "auto";

    /// <summary>Separator of a CSV file; empty (default) detects it from the header.</summary>
    public string? Separator { get; set; }
}
