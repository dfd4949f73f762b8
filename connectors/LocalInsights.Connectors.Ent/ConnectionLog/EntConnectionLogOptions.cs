using System.ComponentModel.DataAnnotations;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Ent.ConnectionLog;

/// <summary>Settings of an <see cref="EntConnectionLogConnector"/> instance.</summary>
public sealed class EntConnectionLogOptions : IValidatableObject
{
    /// <summary>Formats of the date column when <see cref="DateFormats"/> is empty.</summary>
    public static readonly IReadOnlyList<string> DefaultDateFormats = ["dd/MM/yyyy"];

    /// <summary>Log files to read, relative to the environment's folder or absolute.</summary>
    public List<string> Files { get; init; } = [];

    /// <summary>Platform name stored on each record, <c>ENT</c> by default.</summary>
    public string Platform { get; set; } = "ENT";

    public EntConnectionLogColumnOptions Columns { get; init; } = new();

    /// <summary>Formats of the date column. Empty (default) uses <see cref="DefaultDateFormats"/>.</summary>
    public List<string> DateFormats { get; init; } = [];

    /// <summary>
    /// Profile labels added to the defaults or changing their role. Defaults: Élève = Student, Enseignant =
    /// Teacher, Personnel = Staff, Parent = Parent, Invité = Guest (also without accents, and the English codes
    /// Student, Teacher, Relative, Guest). A row with any other label is rejected.
    /// </summary>
    public Dictionary<string, PlatformRole> Profiles { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>auto</c> (default), <c>utf-8</c>, <c>windows-1252</c> or <c>iso-8859-1</c>.</summary>
    public string Encoding { get; set; } = "auto";

    /// <summary>Field separator. Empty (default) detects it from the header.</summary>
    public string? Separator { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Files.Count == 0)
        {
            yield return new ValidationResult("list at least one log file", ["Files"]);
        }

        for (var index = 0; index < Files.Count; index++)
        {
            if (string.IsNullOrWhiteSpace(Files[index]))
            {
                yield return new ValidationResult("the file path is empty", [$"Files:{index}"]);
            }
        }

        if (string.IsNullOrWhiteSpace(Platform))
        {
            yield return new ValidationResult("the platform name is empty", ["Platform"]);
        }

        foreach (var (name, value) in RequiredColumns())
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return new ValidationResult("the column name is empty", [$"Columns:{name}"]);
            }
        }
    }

    private IEnumerable<(string Name, string Value)> RequiredColumns() =>
    [
        (nameof(Columns.Date), Columns.Date),
        (nameof(Columns.Uai), Columns.Uai),
        (nameof(Columns.Profile), Columns.Profile),
        (nameof(Columns.Identifier), Columns.Identifier),
    ];
}
