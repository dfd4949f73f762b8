using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.Investment;

/// <summary>Log events of the investment register connector, EventIds 2000-2099.</summary>
internal static partial class InvestmentRegisterLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug,
        Message = "Reading investment register file {File} ({Format}) for {Connector}")]
    public static partial void FileStarted(ILogger logger, string file, string format, string connector);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug,
        Message = "Investment register file {File}: header on line {HeaderLine}, {Rows} rows read, {Written} lines "
            + "written, {Rejected} rejected")]
    public static partial void FileRead(ILogger logger, string file, long headerLine, long rows, long written,
        long rejected);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "Investment register file {File}: {Rejected} rows rejected. The rejects file lists each with its "
            + "reason")]
    public static partial void RowsRejected(ILogger logger, string file, long rejected);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Investment register file repaired: {Warning}")]
    public static partial void FileRepaired(ILogger logger, string warning);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug,
        Message = "Investment register file {File}: columns not read, by design or because no field maps them: "
            + "{Columns}")]
    public static partial void ColumnsNotRead(ILogger logger, string file, string columns);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning,
        Message = "Investment register file {File}: {Duplicates} duplicate references and {Mismatches} amount "
            + "mismatches observed; the lines were kept")]
    public static partial void LinesObserved(ILogger logger, string file, long duplicates, long mismatches);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information,
        Message = "Investment register {Connector}: {Files} files, {Rows} rows read, {Written} lines written, "
            + "{Rejected} rows rejected")]
    public static partial void RegisterRead(ILogger logger, string connector, int files, long rows, long written,
        long rejected);
}
