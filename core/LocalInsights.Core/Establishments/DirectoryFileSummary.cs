namespace LocalInsights.Core.Establishments;

/// <summary>What the import read from one file and what it did with the rows.</summary>
/// <param name="File">File name, without its folder.</param>
/// <param name="Found">False when an enrolment file was set but not found, and its counts are then zero.</param>
/// <param name="RowsRead">Data rows read, header and blank lines excluded.</param>
/// <param name="RowsUsed">
/// Rows that gave an establishment (directory) or a pupil figure for a directory establishment (enrolment files).
/// </param>
/// <param name="InvalidCodes">Rows whose UAI code is invalid, each also reported as a
/// <see cref="DirectoryIssue"/>.</param>
/// <param name="UnknownCodes">Enrolment rows with a valid code missing from the directory, such as closed
/// schools.</param>
/// <param name="DuplicateCodes">Directory rows whose code an earlier row already gave, merged into that row.</param>
/// <param name="InvalidValues">Rows whose pupil count or school year cannot be read.</param>
/// <param name="OtherKindRows">
/// Enrolment rows of an establishment of a kind the file does not count in full, which are not used.
/// </param>
public sealed record DirectoryFileSummary(
    string File,
    bool Found,
    long RowsRead,
    long RowsUsed,
    long InvalidCodes,
    long UnknownCodes,
    long DuplicateCodes,
    long InvalidValues,
    long OtherKindRows);
