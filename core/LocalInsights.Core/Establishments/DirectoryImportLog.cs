using Microsoft.Extensions.Logging;

namespace LocalInsights.Core.Establishments;

/// <summary>Log events of the establishment directory import, EventIds 1100-1199.</summary>
internal static partial class DirectoryImportLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information,
        Message = "Establishment directory imported: {Establishments} establishments from {RowsRead} rows, "
            + "{Issues} issues in {ElapsedMs} ms")]
    public static partial void Imported(ILogger logger, int establishments, long rowsRead, int issues, long elapsedMs);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug,
        Message = "Read {File}: {RowsRead} rows, {RowsUsed} used, {InvalidCodes} invalid codes, "
            + "{UnknownCodes} codes not in the directory")]
    public static partial void FileRead(
        ILogger logger, string file, long rowsRead, long rowsUsed, long invalidCodes, long unknownCodes);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning,
        Message = "{File} has {InvalidCodes} invalid UAI codes. Their rows were not used and the codes were not "
            + "corrected")]
    public static partial void InvalidCodes(ILogger logger, string file, long invalidCodes);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning,
        Message = "Enrolment file {File} was not found at {Path}: set {Key}:File, or clear it to skip the file; "
            + "pupil counts fall back to the directory")]
    public static partial void EnrolmentFileNotFound(ILogger logger, string file, string path, string key);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "{Warning}")]
    public static partial void FileRepaired(ILogger logger, string warning);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning,
        Message = "{File} has {InvalidValues} rows whose pupil count or school year could not be read; "
            + "see the import issues")]
    public static partial void InvalidValues(ILogger logger, string file, long invalidValues);
}
