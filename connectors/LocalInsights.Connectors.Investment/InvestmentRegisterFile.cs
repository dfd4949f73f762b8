using System.ComponentModel;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Investment;

/// <summary>
/// One register file and the settings that differ from the connector's own. In configuration an entry of
/// <c>Files</c> is either a path alone (<c>"registre-2024.xlsx"</c>) or an object with <c>Path</c> and overrides.
/// A setting left unset here takes the connector-wide value.
/// </summary>
[TypeConverter(typeof(InvestmentRegisterFileConverter))]
public sealed class InvestmentRegisterFile
{
    /// <summary>
    /// Path of a <c>.csv</c>, <c>.txt</c>, <c>.tsv</c>, <c>.xlsx</c> or <c>.xlsm</c> file, relative to the base
    /// directory.
    /// </summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>
    /// Text encoding of a delimited file: <c>auto</c>, <c>utf-8</c>, <c>windows-1252</c> or <c>iso-8859-1</c>.
    /// </summary>
    public string? Encoding { get; set; }

    /// <summary>Field separator of a delimited file, one character or <c>\t</c>.</summary>
    public string? Separator { get; set; }

    /// <summary>Decimal separator of amounts written as text: <c>Auto</c>, <c>Comma</c> or <c>Dot</c>.</summary>
    public DecimalSeparator? DecimalSeparator { get; set; }

    /// <summary>Date formats tried in order on dates written as text, such as <c>dd/MM/yyyy</c>.</summary>
    public List<string>? DateFormats { get; set; }

    /// <summary>Worksheet of a workbook to read.</summary>
    public string? Sheet { get; set; }

    /// <summary>Line (delimited file) or row (workbook) of the header, from 1.</summary>
    public int? HeaderRow { get; set; }

    /// <summary>
    /// Column headers that differ for this file, keyed by field name (<c>Uai</c>, <c>AmountExcludingTax</c>, ...).
    /// Fields not listed keep the connector-wide <c>Columns</c>.
    /// </summary>
    public Dictionary<string, string>? Columns { get; set; }
}
