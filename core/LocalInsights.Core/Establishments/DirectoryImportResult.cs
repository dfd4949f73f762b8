using LocalInsights.Core.Model;

namespace LocalInsights.Core.Establishments;

/// <summary>
/// Outcome of a directory import: the establishments, every problem found in the files, and per-file counts.
/// </summary>
/// <param name="Establishments">One establishment per valid UAI code, in the order of the directory file.</param>
/// <param name="Issues">Invalid codes, duplicates and unreadable figures, in file and line order.</param>
/// <param name="Files">The directory file first, then each enrolment file in configuration order.</param>
public sealed record DirectoryImportResult(
    IReadOnlyList<Establishment> Establishments,
    IReadOnlyList<DirectoryIssue> Issues,
    IReadOnlyList<DirectoryFileSummary> Files)
{
    /// <summary>Builds the lookup that pulls use to check UAI codes against the directory.</summary>
    public EstablishmentDirectory ToDirectory() => new(Establishments);

    /// <summary>Counts the establishments of one kind.</summary>
    public int CountOf(EstablishmentKind kind) => Establishments.Count(establishment => establishment.Kind == kind);
}
