using LocalInsights.Core.Model;
using LocalInsights.Core.Text;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Core.Establishments;

/// <summary>
/// Reads one enrolment file into <paramref name="table"/>, for establishments of the directory only. Invalid codes
/// and unreadable figures go to <paramref name="issues"/>, and an invalid code is never matched to a valid one.
/// </summary>
internal sealed class EnrolmentFileReader(
    EstablishmentDirectory directory, EnrolmentTable table, List<DirectoryIssue> issues, ILogger logger)
{
    private long _rowsRead;
    private long _rowsUsed;
    private long _invalidCodes;
    private long _unknownCodes;
    private long _invalidValues;
    private long _otherKindRows;

    public DirectoryFileSummary Read(
        string path, string settingKey, EnrolmentFileOptions options, string encoding,
        CancellationToken cancellationToken)
    {
        using var file = DirectoryCsv.Open(path, encoding, logger);
        var uaiColumn = DirectoryCsv.Require(file, options.UaiColumn, $"{settingKey}:{nameof(options.UaiColumn)}");
        var pupilsColumn = DirectoryCsv.Require(
            file, options.PupilsColumn, $"{settingKey}:{nameof(options.PupilsColumn)}");
        var yearColumn = DirectoryCsv.Require(file, options.YearColumn, $"{settingKey}:{nameof(options.YearColumn)}");
        var name = Path.GetFileName(path);
        foreach (var row in file.ReadRows())
        {
            cancellationToken.ThrowIfCancellationRequested();
            _rowsRead++;
            var location = new RowLocation(name, row, file.Header);
            if (TryReadCode(location, uaiColumn, out var uai) && IsCounted(uai, options))
            {
                ReadFigure(location, uai, yearColumn, pupilsColumn);
            }
        }

        return new DirectoryFileSummary(name, true, _rowsRead, _rowsUsed, _invalidCodes, _unknownCodes, 0,
            _invalidValues, _otherKindRows);
    }

    private bool IsCounted(string uai, EnrolmentFileOptions options)
    {
        if (options.Kinds.Count == 0 || (directory.TryGet(uai, out var establishment)
                                         && options.Kinds.Contains(establishment.Kind)))
        {
            return true;
        }

        _otherKindRows++;
        return false;
    }

    private bool TryReadCode(RowLocation location, int column, out string uai)
    {
        var text = location.Row.Get(column) ?? string.Empty;
        var check = Uai.Check(text);
        uai = check.Normalised;
        if (!check.IsValid)
        {
            _invalidCodes++;
            issues.Add(location.Issue(column, text, DirectoryIssueKind.InvalidUai, check.Reason!, check.Suggestion));
            return false;
        }

        if (!directory.Contains(uai))
        {
            _unknownCodes++;
            return false;
        }

        return true;
    }

    private void ReadFigure(RowLocation location, string uai, int yearColumn, int pupilsColumn)
    {
        var yearText = location.Row.Get(yearColumn);
        if (!DirectoryCsv.TryParseYear(yearText, out var year))
        {
            _invalidValues++;
            issues.Add(location.Issue(yearColumn, yearText ?? string.Empty, DirectoryIssueKind.InvalidValue,
                "the school year is not written 2019-2020 or 2019; the row is not used"));
            return;
        }

        var pupilsText = location.Row.Get(pupilsColumn);
        if (!DirectoryCsv.TryParsePupils(pupilsText, out var pupils))
        {
            _invalidValues++;
            issues.Add(location.Issue(pupilsColumn, pupilsText ?? string.Empty, DirectoryIssueKind.InvalidValue,
                "the pupil count is not a whole number; the row is not used"));
            return;
        }

        _rowsUsed++;
        table.Offer(uai, year, pupils);
    }

    /// <summary>A row with the file and header it comes from, to build issues.</summary>
    private readonly record struct RowLocation(string File, DelimitedRow Row, IReadOnlyList<string> Header)
    {
        public DirectoryIssue Issue(
            int column, string value, DirectoryIssueKind kind, string reason, string? suggestion = null) =>
            new(File, Row.Line, Header[column], value, kind, reason, suggestion);
    }
}
