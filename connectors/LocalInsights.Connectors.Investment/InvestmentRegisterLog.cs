using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.Investment;

/// <summary>Log events of the investment register connector, EventIds 2000-2099.</summary>
/// <remarks>
/// Templates are constant, so each count that a noun follows comes with a noun hole that contains its singular
/// or plural form.
/// </remarks>
internal static partial class InvestmentRegisterLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug,
        Message = "Reading investment register file {File} ({Format}) for {Connector}")]
    public static partial void FileStarted(ILogger logger, string file, string format, string connector);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Investment register file repaired: {Warning}")]
    public static partial void FileRepaired(ILogger logger, string warning);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug,
        Message = "Investment register file {File}: columns not read, by design or because no field maps them: "
            + "{Columns}")]
    public static partial void ColumnsNotRead(ILogger logger, string file, string columns);

    public static void FileRead(ILogger logger, string file, long headerLine, long rows, long written,
        long rejected) =>
        FileRead(logger, file, headerLine, rows, rows == 1 ? "row" : "rows", written,
            written == 1 ? "line" : "lines", rejected);

    public static void RowsRejected(ILogger logger, string file, long rejected) =>
        RowsRejected(logger, file, rejected, rejected == 1 ? "row" : "rows");

    public static void LinesObserved(ILogger logger, string file, long duplicates, long mismatches) =>
        LinesObserved(logger, file, duplicates, duplicates == 1 ? "reference" : "references", mismatches,
            mismatches == 1 ? "mismatch" : "mismatches");

    public static void RegisterRead(ILogger logger, string connector, int files, long rows, long written,
        long rejected) =>
        RegisterRead(logger, connector, files, files == 1 ? "file" : "files", rows, rows == 1 ? "row" : "rows",
            written, written == 1 ? "line" : "lines", rejected, rejected == 1 ? "row" : "rows");

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug,
        Message = "Investment register file {File}: header on line {HeaderLine}, {Rows} {RowNoun} read, {Written} "
            + "{LineNoun} written, {Rejected} rejected")]
    private static partial void FileRead(ILogger logger, string file, long headerLine, long rows, string rowNoun,
        long written, string lineNoun, long rejected);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "Investment register file {File}: {Rejected} {RowNoun} rejected. The rejects file lists each with "
            + "its reason")]
    private static partial void RowsRejected(ILogger logger, string file, long rejected, string rowNoun);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning,
        Message = "Investment register file {File}: {Duplicates} duplicate {ReferenceNoun} and {Mismatches} amount "
            + "{MismatchNoun} observed; the lines were kept")]
    private static partial void LinesObserved(ILogger logger, string file, long duplicates, string referenceNoun,
        long mismatches, string mismatchNoun);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information,
        Message = "Investment register {Connector}: {Files} {FileNoun}, {Rows} {RowNoun} read, {Written} {LineNoun} "
            + "written, {Rejected} {RejectedNoun} rejected")]
    private static partial void RegisterRead(ILogger logger, string connector, int files, string fileNoun, long rows,
        string rowNoun, long written, string lineNoun, long rejected, string rejectedNoun);
}
