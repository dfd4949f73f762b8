namespace LocalInsights.Core.Establishments;

/// <summary>Kind of problem found while importing the establishment directory.</summary>
public enum DirectoryIssueKind
{
    /// <summary>A UAI code that fails the form or check-letter rule. Its row is not used.</summary>
    InvalidUai,

    /// <summary>
    /// A UAI code on several rows of the directory without the multi-site flag. The first row is kept.
    /// </summary>
    DuplicateUai,

    /// <summary>A pupil count or school year that cannot be read. The figure is not used.</summary>
    InvalidValue,
}
