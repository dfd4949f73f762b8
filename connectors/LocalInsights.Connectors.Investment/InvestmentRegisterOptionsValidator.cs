using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LocalInsights.Connectors.Investment.Reading;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Investment;

/// <summary>
/// Checks what DataAnnotations attributes cannot: each file entry, encodings, separators, date formats and the
/// column mapping. Member names are configuration keys below the connector's section, such as <c>Files:0:Path</c>.
/// </summary>
internal static class InvestmentRegisterOptionsValidator
{
    /// <summary>
    /// Fields a register cannot do without. An amount is checked apart because two columns can give it.
    /// </summary>
    public static readonly InvestmentField[] RequiredFields =
    [
        InvestmentField.Reference, InvestmentField.Uai, InvestmentField.Item, InvestmentField.AcquisitionDate,
    ];

    public static IEnumerable<ValidationResult> Validate(InvestmentRegisterOptions options)
    {
        var results = new List<ValidationResult>();
        if (options.Files is not { Count: > 0 })
        {
            results.Add(Error("List at least one register file, for example Files:0 = registre.xlsx.", "Files"));
        }

        if (options.HeaderRow is < 1)
        {
            results.Add(Error("The header row counts from 1.", "HeaderRow"));
        }

        CheckFormat(results, string.Empty, options.Encoding, options.Separator, options.DateFormats);
        CheckColumns(results, options.Columns);
        for (var index = 0; index < (options.Files?.Count ?? 0); index++)
        {
            CheckFile(results, string.Create(CultureInfo.InvariantCulture, $"Files:{index}:"), options.Files![index]);
        }

        return results;
    }

    private static void CheckFile(List<ValidationResult> results, string prefix, InvestmentRegisterFile? file)
    {
        if (file is null || string.IsNullOrWhiteSpace(file.Path))
        {
            results.Add(Error("The path of the register file is empty.", prefix + "Path"));
            return;
        }

        if (!RegisterFormats.TryGet(file.Path, out _))
        {
            results.Add(Error($"'{file.Path}' cannot be read: {RegisterFormats.Advice(file.Path)}.", prefix + "Path"));
        }

        if (file.HeaderRow is < 1)
        {
            results.Add(Error("The header row counts from 1.", prefix + "HeaderRow"));
        }

        CheckFormat(results, prefix, file.Encoding, file.Separator, file.DateFormats);
        foreach (var (field, header) in file.Columns ?? [])
        {
            if (!Enum.TryParse<InvestmentField>(field, ignoreCase: true, out var parsed)
                || !Enum.IsDefined(parsed) || int.TryParse(field, CultureInfo.InvariantCulture, out _))
            {
                var fields = string.Join(", ", Enum.GetNames<InvestmentField>());
                results.Add(Error(
                    $"'{field}' is not a register field: use one of {fields}.", $"{prefix}Columns:{field}"));
            }
            else if (string.IsNullOrWhiteSpace(header) && RequiredFields.Contains(parsed))
            {
                results.Add(Error($"{parsed} is required: give the header of its column.", $"{prefix}Columns:{field}"));
            }
        }
    }

    private static void CheckFormat(
        List<ValidationResult> results, string prefix, string? encoding, string? separator, List<string>? dateFormats)
    {
        try
        {
            TextEncodingDetector.FromName(encoding);
        }
        catch (ArgumentException exception)
        {
            results.Add(Error(exception.Message, prefix + "Encoding"));
        }

        if (!string.IsNullOrEmpty(separator) && separator.Length != 1 && separator != "\\t")
        {
            results.Add(Error($"Separator '{separator}' is not one character: use ';', ',', '|' or \\t.",
                prefix + "Separator"));
        }

        if (dateFormats is not null && (dateFormats.Count == 0 || dateFormats.Any(string.IsNullOrWhiteSpace)))
        {
            results.Add(Error("Date formats must not be empty: list formats such as dd/MM/yyyy, or remove the setting.",
                prefix + "DateFormats"));
        }
    }

    private static void CheckColumns(List<ValidationResult> results, InvestmentRegisterColumns? columns)
    {
        if (columns is null)
        {
            results.Add(Error("The column mapping is missing.", "Columns"));
            return;
        }

        foreach (var field in RequiredFields.Where(field => string.IsNullOrWhiteSpace(columns.NameOf(field))))
        {
            results.Add(Error($"{field} is required: give the header of its column.", $"Columns:{field}"));
        }

        if (string.IsNullOrWhiteSpace(columns.AmountExcludingTax) && string.IsNullOrWhiteSpace(columns.UnitPrice))
        {
            results.Add(Error("An amount is required: set AmountExcludingTax, or UnitPrice with Quantity.",
                "Columns:AmountExcludingTax"));
        }
    }

    private static ValidationResult Error(string message, string member) => new(message, [member]);
}
