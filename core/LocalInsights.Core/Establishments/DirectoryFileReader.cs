using LocalInsights.Core.Model;
using LocalInsights.Core.Text;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Core.Establishments;

/// <summary>
/// Reads the official directory file into establishments, one per valid UAI code, with the directory's own pupil
/// count. Invalid codes, duplicates and unreadable counts go to <paramref name="issues"/>.
/// </summary>
internal sealed class DirectoryFileReader(
    DirectoryImportOptions options, List<DirectoryIssue> issues, ILogger logger)
{
    private readonly Dictionary<string, long> _firstLineByCode = new(StringComparer.Ordinal);
    private readonly List<Establishment> _establishments = [];
    private long _rowsRead;
    private long _invalidCodes;
    private long _duplicateCodes;
    private long _invalidValues;

    public IReadOnlyList<Establishment> Establishments => _establishments;

    public DirectoryFileSummary Read(string path, CancellationToken cancellationToken)
    {
        using var file = DirectoryCsv.Open(path, options.Encoding, logger);
        var columns = ColumnIndexes.Resolve(file, options.Columns);
        var name = Path.GetFileName(path);
        foreach (var row in file.ReadRows())
        {
            cancellationToken.ThrowIfCancellationRequested();
            _rowsRead++;
            ReadRow(name, file.Header, row, columns);
        }

        return new DirectoryFileSummary(name, true, _rowsRead, _establishments.Count, _invalidCodes, 0,
            _duplicateCodes, _invalidValues, 0);
    }

    private void ReadRow(string name, IReadOnlyList<string> header, DelimitedRow row, ColumnIndexes columns)
    {
        var text = row.Get(columns.Uai) ?? string.Empty;
        if (row.UnclosedQuote)
        {
            _invalidValues++;
            issues.Add(new DirectoryIssue(name, row.Line, header[columns.Uai], text, DirectoryIssueKind.InvalidValue,
                "a quoted value on this row is never closed, so the rest of the file was read as one value"));
            return;
        }

        var check = Uai.Check(text);
        if (!check.IsValid)
        {
            _invalidCodes++;
            issues.Add(new DirectoryIssue(name, row.Line, header[columns.Uai], text, DirectoryIssueKind.InvalidUai,
                check.Reason!, check.Suggestion));
            return;
        }

        if (_firstLineByCode.TryGetValue(check.Normalised, out var firstLine))
        {
            // The directory lists an establishment with several sites once per site, flagged multi-line: the
            // first row stands for the establishment. An unflagged repeat is reported.
            _duplicateCodes++;
            if (row.Get(columns.MultiLine) != "1")
            {
                issues.Add(new DirectoryIssue(name, row.Line, header[columns.Uai], text,
                    DirectoryIssueKind.DuplicateUai, $"the code is already on line {firstLine}; this row is not used"));
            }

            return;
        }

        _firstLineByCode.Add(check.Normalised, row.Line);
        _establishments.Add(ToEstablishment(name, header, row, columns, Uai.Parse(check.Normalised)));
    }

    private Establishment ToEstablishment(
        string name, IReadOnlyList<string> header, DelimitedRow row, ColumnIndexes columns, Uai uai)
    {
        int? pupils = null;
        var pupilsText = row.Get(columns.Pupils);
        if (pupilsText is not null)
        {
            if (DirectoryCsv.TryParsePupils(pupilsText, out var count))
            {
                pupils = count;
            }
            else
            {
                _invalidValues++;
                issues.Add(new DirectoryIssue(name, row.Line, header[columns.Pupils], pupilsText,
                    DirectoryIssueKind.InvalidValue, "the pupil count is not a whole number; it is left empty"));
            }
        }

        var kind = EstablishmentClassifier.KindOf(row.Get(columns.Type), row.Get(columns.Nature));
        return new Establishment(
            uai,
            row.Get(columns.Name) ?? string.Empty,
            kind,
            EstablishmentClassifier.IsPublic(row.Get(columns.Status)),
            row.Get(columns.CommuneCode) ?? string.Empty,
            row.Get(columns.CommuneName) ?? string.Empty,
            EstablishmentClassifier.DepartementOf(row.Get(columns.Departement), uai),
            EstablishmentClassifier.FunderOf(kind),
            pupils);
    }

    /// <summary>
    /// Positions of the directory's columns in the header, or -1 for an optional column that is absent.
    /// </summary>
    private sealed record ColumnIndexes(
        int Uai, int Name, int Type, int Nature, int Status, int CommuneCode, int CommuneName, int Departement,
        int Pupils, int MultiLine)
    {
        public static ColumnIndexes Resolve(DelimitedFile file, DirectoryColumns names) => new(
            DirectoryCsv.Require(file, names.Uai, "Columns:Uai"),
            DirectoryCsv.Require(file, names.Name, "Columns:Name"),
            DirectoryCsv.Require(file, names.Type, "Columns:Type"),
            DirectoryCsv.Optional(file, names.Nature),
            DirectoryCsv.Optional(file, names.Status),
            DirectoryCsv.Optional(file, names.CommuneCode),
            DirectoryCsv.Optional(file, names.CommuneName),
            DirectoryCsv.Optional(file, names.Departement),
            DirectoryCsv.Optional(file, names.Pupils),
            DirectoryCsv.Optional(file, names.MultiLine));
    }
}
