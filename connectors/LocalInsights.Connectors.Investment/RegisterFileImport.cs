using System.Globalization;
using LocalInsights.Connectors.Investment.Parsing;
using LocalInsights.Connectors.Investment.Reading;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;

namespace LocalInsights.Connectors.Investment;

/// <summary>
/// Reads one register file into the pull: writes a line per good row, rejects each bad row with every reason it
/// has, and observes duplicate references and amounts that disagree.
/// </summary>
/// <remarks>
/// No raw copy of the file is stored, because registers have free-text columns, such as comments, that may name
/// people.
/// </remarks>
internal sealed class RegisterFileImport(
    RegisterFileSettings settings, PullContext context, RegisterPullState state, string sectionPath)
{
    private long _rows;
    private long _written;
    private long _duplicates;
    private long _mismatches;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        EnsureFound();
        var format = settings.Format == RegisterFormat.Workbook ? "workbook" : "delimited text";
        InvestmentRegisterLog.FileStarted(context.Logger, settings.Path, format, context.Connector);
        var rejectedBefore = context.RejectedRows;

        using var reader = RegisterReaders.Open(settings, sectionPath);
        foreach (var warning in reader.Warnings)
        {
            InvestmentRegisterLog.FileRepaired(context.Logger, warning);
        }

        var (columns, rows) = HeaderLocator.Locate(reader.ReadRecords(), settings);
        var unread = string.Join(", ", columns.UnreadColumns());
        if (unread.Length > 0)
        {
            InvestmentRegisterLog.ColumnsNotRead(context.Logger, settings.Path, unread);
        }

        var parser = new InvestmentRowParser(columns, settings, state.Categories, sectionPath);
        foreach (var record in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _rows++;
            context.RowsRead++;
            await ReadRowAsync(record, reader.ChecksFieldCount, columns, parser, cancellationToken);
        }

        LogFile(columns.HeaderLine, context.RejectedRows - rejectedBefore);
    }

    private void EnsureFound()
    {
        if (Directory.Exists(settings.FullPath))
        {
            throw new ConnectorException(
                $"Investment register file '{settings.FullPath}' is a folder, not a file (resolved from "
                + $"'{settings.Path}' against '{context.BaseDirectory}'): set {settings.FileKey} to the path of a "
                + "register file, such as one inside that folder.");
        }

        if (!File.Exists(settings.FullPath))
        {
            throw new ConnectorException(
                $"Investment register file '{settings.FullPath}' was not found (resolved from '{settings.Path}' "
                + $"against '{context.BaseDirectory}'): check {settings.FileKey} in the Files list of {sectionPath}.");
        }
    }

    private async Task ReadRowAsync(RegisterRecord record, bool checksFieldCount, ColumnMap columns,
        InvestmentRowParser parser, CancellationToken cancellationToken)
    {
        var defect = DescribeDefect(record, checksFieldCount, columns);
        if (defect is not null)
        {
            await context.RejectAsync(new Reject(settings.Path, record.Line, null, null, defect), cancellationToken);
            return;
        }

        var outcome = parser.Parse(record);
        if (outcome.Line is null)
        {
            await RejectAsync(record, outcome, columns, cancellationToken);
            return;
        }

        var uai = await context.CheckUaiAsync(outcome.UaiText, settings.Path, record.Line,
            columns.HeaderOf(InvestmentField.Uai), cancellationToken);
        if (uai is null)
        {
            return;
        }

        var line = outcome.Line with { Uai = uai };
        await ObserveAsync(line, record.Line, outcome.QuantityTimesUnitPrice, columns, cancellationToken);
        await context.WriteAsync(line, cancellationToken);
        _written++;
    }

    private static string? DescribeDefect(RegisterRecord record, bool checksFieldCount, ColumnMap columns)
    {
        if (record.UnclosedQuote)
        {
            return "a quoted value that starts on this line is never closed, so the rest of the file was read as "
                + "one value: close the quote or remove it, then export the file again";
        }

        if (checksFieldCount && record.Cells.Count != columns.Width)
        {
            var counts = string.Create(CultureInfo.InvariantCulture,
                $"the line has {record.Cells.Count} values where the header has {columns.Width}");
            return counts + ": a value probably contains the separator without quotes around it, so the values "
                + "are shifted";
        }

        return null;
    }

    /// <summary>
    /// Rejects a row with its first problem in the field and value, and every other problem in the reason. An
    /// invalid UAI on the row is added to the problems and observed, as <see cref="PullContext.CheckUaiAsync"/>
    /// would for a row that has no other problem.
    /// </summary>
    private async Task RejectAsync(
        RegisterRecord record, RowOutcome outcome, ColumnMap columns, CancellationToken cancellationToken)
    {
        var problems = outcome.Problems.ToList();
        var check = Uai.Check(outcome.UaiText);
        if (outcome.UaiText is not null && !check.IsValid)
        {
            var detail = check.Suggestion is null ? check.Reason : $"{check.Reason} (candidate {check.Suggestion})";
            problems.Add(new RowProblem(columns.HeaderOf(InvestmentField.Uai), outcome.UaiText,
                $"invalid UAI code: {detail}"));
            await context.ObserveAsync(new QualityObservation
            {
                Source = context.Connector, Kind = QualityIssueKind.InvalidUai, Subject = outcome.UaiText,
                File = settings.Path, Detail = detail,
            }, cancellationToken);
        }

        var first = problems[0];
        var others = problems.Skip(1).Select(problem => $"{problem.Column} '{problem.Value}': {problem.Reason}");
        var reason = problems.Count == 1
            ? first.Reason
            : first.Reason + ". Other problems on this line: " + string.Join("; ", others);
        await context.RejectAsync(new Reject(settings.Path, record.Line, first.Column, first.Value, reason),
            cancellationToken);
    }

    private async Task ObserveAsync(InvestmentLine line, long lineNumber, decimal? product, ColumnMap columns,
        CancellationToken cancellationToken)
    {
        foreach (var mismatch in AmountChecks.FindMismatches(line, product, columns))
        {
            _mismatches++;
            var observation = Observation(QualityIssueKind.AmountMismatch, line.Reference, lineNumber, mismatch);
            await context.ObserveAsync(observation, cancellationToken);
        }

        if (state.References.Register(line.Reference, settings.Path, lineNumber) is { } first)
        {
            _duplicates++;
            await context.ObserveAsync(Observation(QualityIssueKind.Duplicate, line.Reference, lineNumber,
                $"the inventory number is also on {first}; both lines are kept: check whether the purchase was "
                + "entered twice"), cancellationToken);
        }
    }

    private QualityObservation Observation(QualityIssueKind kind, string reference, long line, string detail) => new()
    {
        Source = context.Connector, Kind = kind, Subject = reference, File = settings.Path,
        Detail = string.Create(CultureInfo.InvariantCulture, $"line {line}: {detail}"),
    };

    private void LogFile(long headerLine, long rejected)
    {
        InvestmentRegisterLog.FileRead(context.Logger, settings.Path, headerLine, _rows, _written, rejected);
        if (rejected > 0)
        {
            InvestmentRegisterLog.RowsRejected(context.Logger, settings.Path, rejected);
        }

        if (_duplicates + _mismatches > 0)
        {
            InvestmentRegisterLog.LinesObserved(context.Logger, settings.Path, _duplicates, _mismatches);
        }
    }
}
