using System.ComponentModel.DataAnnotations;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Ent.OpenEnt;

/// <summary>Settings of an <see cref="OpenEntStatisticsConnector"/> instance.</summary>
public sealed class OpenEntStatisticsOptions : IValidatableObject
{
    /// <summary>Formats of the <c>Date</c> column when <see cref="DateFormats"/> is empty.</summary>
    /// <remarks>
    /// NOTE: <c>yyyy-MM-ddTHH:mm</c> is how the module's Java code would print a date (LocalDateTime without
    /// seconds), but no real export has confirmed it. The other two formats cover seconds and plain dates.
    /// </remarks>
    public static readonly IReadOnlyList<string> DefaultDateFormats =
        ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd"];

    /// <summary>
    /// Statistics exports to read, relative to the environment's folder or absolute. The kind of each (accounts,
    /// application accesses, device types) is found from its header.
    /// </summary>
    public List<string> Files { get; init; } = [];

    /// <summary>Platform name stored on each record, <c>ENT</c> by default.</summary>
    public string Platform { get; set; } = "ENT";

    /// <summary>
    /// Period each row covers, as chosen when exporting: <c>Month</c> (default), <c>Week</c> or <c>Day</c>.
    /// </summary>
    public StatisticPeriod Period { get; set; } = StatisticPeriod.Month;

    /// <summary>
    /// Profile labels added to the defaults or changing their role. Defaults: Élève = Student, Enseignant =
    /// Teacher, Personnel = Staff, Parent = Parent, Invité = Guest (also without accents, and the English codes
    /// Student, Teacher, Relative, Guest). A row with any other label is rejected.
    /// </summary>
    public Dictionary<string, PlatformRole> Profiles { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Formats of the <c>Date</c> column. Empty (default) uses <see cref="DefaultDateFormats"/>.</summary>
    public List<string> DateFormats { get; init; } = [];

    /// <summary><c>auto</c> (default), <c>utf-8</c>, <c>windows-1252</c> or <c>iso-8859-1</c>.</summary>
    public string Encoding { get; set; } = "auto";

    /// <summary>Field separator. Empty (default) detects it from the header.</summary>
    public string? Separator { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Files.Count == 0)
        {
            yield return new ValidationResult("list at least one statistics export", ["Files"]);
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
    }
}
