using System.Globalization;
using LocalInsights.Core.Model;

namespace LocalInsights.Core.Establishments;

/// <summary>
/// A problem found in one cell of a directory or enrolment file, for the data-quality report. An invalid code
/// is reported as written and never corrected. <see cref="Suggestion"/> is a candidate a person may confirm.
/// </summary>
/// <param name="File">File name, without its folder.</param>
/// <param name="Line">Line of the file (1-based) where the row starts.</param>
/// <param name="Column">Header of the column the value is in.</param>
/// <param name="Value">The value as written in the file, trimmed.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Reason">Why the value was not used, in plain words.</param>
/// <param name="Suggestion">A candidate correction for a person to check, or null.</param>
public sealed record DirectoryIssue(
    string File,
    long Line,
    string Column,
    string Value,
    DirectoryIssueKind Kind,
    string Reason,
    string? Suggestion = null)
{
    /// <summary>Converts the issue to the observation the data-quality report counts.</summary>
    public QualityObservation ToObservation(string source) => new()
    {
        Source = source,
        Kind = Kind switch
        {
            DirectoryIssueKind.InvalidUai => QualityIssueKind.InvalidUai,
            DirectoryIssueKind.DuplicateUai => QualityIssueKind.Duplicate,
            _ => QualityIssueKind.RejectedRows,
        },
        Subject = Value,
        File = File,
        Detail = Describe(),
    };

    /// <summary>Formats the issue for a message: file, line, column, value, reason and candidate.</summary>
    public string Describe()
    {
        var candidate = Suggestion is null ? string.Empty : $" (candidate {Suggestion}, to be confirmed)";
        return string.Create(CultureInfo.InvariantCulture,
            $"{File} line {Line}, column '{Column}', value '{Value}': {Reason}{candidate}");
    }
}
