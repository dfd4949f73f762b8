using System.ComponentModel.DataAnnotations;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Investment;

/// <summary>
/// Settings of an <c>investment-register</c> connector: the register files and how to read them. Each file may
/// override <see cref="Encoding"/>, <see cref="Separator"/>, <see cref="DecimalSeparator"/>,
/// <see cref="DateFormats"/>, <see cref="Sheet"/>, <see cref="HeaderRow"/> and single <see cref="Columns"/>.
/// </summary>
/// <remarks>
/// Every check is in <see cref="Validate"/> rather than in attributes, because DataAnnotations skips
/// <see cref="IValidatableObject.Validate"/> once an attribute fails, and a pull lists every invalid key at once.
/// </remarks>
public sealed class InvestmentRegisterOptions : IValidatableObject
{
    /// <summary>
    /// Date formats tried when <see cref="DateFormats"/> is not set, day first as French exports write them.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultDateFormats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss",
    ];

    /// <summary>Register files, relative to the pull's base directory. At least one is required.</summary>
    public List<InvestmentRegisterFile> Files { get; set; } = [];

    /// <summary>
    /// Text encoding of delimited files: <c>auto</c> (default), <c>utf-8</c>, <c>windows-1252</c>, <c>iso-8859-1</c>.
    /// </summary>
    public string Encoding { get; set; } = "auto";

    /// <summary>Field separator of delimited files. Empty (default) reads a <c>sep=</c> line or detects it.</summary>
    public string? Separator { get; set; }

    /// <summary>
    /// Decimal separator of amounts written as text. <c>Auto</c> (default) takes a lone comma as decimal and, when
    /// both occur, the last of comma and dot.
    /// </summary>
    public DecimalSeparator DecimalSeparator { get; set; } = DecimalSeparator.Auto;

    /// <summary>Date formats tried in order on text dates, or <see cref="DefaultDateFormats"/> when unset.</summary>
    /// <remarks>Left null by default because the configuration binder appends to a list instead of replacing
    /// it.</remarks>
    public List<string>? DateFormats { get; set; }

    /// <summary>Worksheet of workbooks to read. Unset (default) reads the first one.</summary>
    public string? Sheet { get; set; }

    /// <summary>
    /// Line or row of the header, from 1. Unset (default) takes the first of the first 20 rows that contains every
    /// required column, so title rows above the header are skipped.
    /// </summary>
    public int? HeaderRow { get; set; }

    public InvestmentRegisterColumns Columns { get; set; } = new();

    /// <summary>
    /// Category labels of the register and the category each stands for, matched ignoring case and accents.
    /// Entries set in configuration are added to the defaults (Matériel, Licence, Plateforme, Service). The
    /// category names themselves (Device, Licence, Platform, Service, Other) are always accepted.
    /// </summary>
    public Dictionary<string, InvestmentCategory> CategoryMap { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Matériel"] = InvestmentCategory.Device,
        ["Licence"] = InvestmentCategory.Licence,
        ["Plateforme"] = InvestmentCategory.Platform,
        ["Service"] = InvestmentCategory.Service,
    };

    /// <summary>
    /// Category of lines when the register has no category column or the cell is blank. Default <c>Other</c>.
    /// </summary>
    public InvestmentCategory DefaultCategory { get; set; } = InvestmentCategory.Other;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        InvestmentRegisterOptionsValidator.Validate(this);
}
