using System.Globalization;
using LocalInsights.Connectors.Investment.Reading;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.Investment.Parsing;

/// <summary>
/// Finds the header of a register: the configured row, or else the first of the first rows that contains every
/// required column, so that title rows above it are skipped. Fails the file when a required column is missing.
/// </summary>
internal static class HeaderLocator
{
    /// <summary>Rows searched for the header when none is configured.</summary>
    public const int SearchedRows = 20;

    /// <summary>Returns the column map and the data rows that follow the header.</summary>
    public static (ColumnMap Columns, IEnumerable<RegisterRecord> Rows) Locate(
        IEnumerable<RegisterRecord> records, RegisterFileSettings settings)
    {
        var enumerator = records.GetEnumerator();
        var candidates = new List<RegisterRecord>();
        while (candidates.Count < SearchedRows && enumerator.MoveNext())
        {
            var record = enumerator.Current;
            if (settings.HeaderRow is { } headerRow && record.Line < headerRow)
            {
                continue;
            }

            candidates.Add(record);
            if (settings.HeaderRow is not null)
            {
                break;
            }
        }

        (RegisterRecord Record, ColumnMap Columns) header;
        try
        {
            header = PickHeader(candidates, settings);
        }
        catch
        {
            enumerator.Dispose();
            throw;
        }

        var headerIndex = candidates.FindIndex(record => ReferenceEquals(record, header.Record));
        var after = candidates.Skip(headerIndex + 1);
        return (header.Columns, Concat(after, enumerator));
    }

    private static (RegisterRecord Record, ColumnMap Columns) PickHeader(
        List<RegisterRecord> candidates, RegisterFileSettings settings)
    {
        if (candidates.Count == 0 || (settings.HeaderRow is { } row && candidates[0].Line != row))
        {
            var where = settings.HeaderRow is { } configured
                ? string.Create(CultureInfo.InvariantCulture,
                    $"on line {configured} (set by {settings.FileKey}:HeaderRow)")
                : "in the file";
            throw new ConnectorException(
                $"Investment register file '{settings.Path}' has no header {where}: the file or that line is empty.");
        }

        var matches = candidates.Select(record => (Record: record, Columns: ColumnMap.Match(record, settings)))
            .ToList();
        var complete = matches.FirstOrDefault(match => match.Columns.MissingFields.Count == 0);
        if (complete.Record is not null)
        {
            return complete;
        }

        var best = matches.MaxBy(match => match.Columns.Header.Count(name => name.Length > 0)
            - (match.Columns.MissingFields.Count * 1000));
        throw new ConnectorException(MissingColumnsMessage(best.Columns, settings));
    }

    private static string MissingColumnsMessage(ColumnMap columns, RegisterFileSettings settings)
    {
        var missing = columns.MissingFields.Select(field =>
        {
            var header = settings.Columns.GetValueOrDefault(field, field.ToString());
            return $"'{header}' for {field} (set by {settings.SettingKeyOf(field)})";
        });
        var found = string.Join(", ", columns.Header.Where(name => name.Length > 0).Select(name => $"'{name}'"));
        var searched = settings.HeaderRow is null
            ? $" The header was searched in the first {SearchedRows} rows: set {settings.FileKey}:HeaderRow if it "
                + "is lower."
            : string.Empty;
        var headerLine = columns.HeaderLine.ToString(CultureInfo.InvariantCulture);
        return $"Investment register file '{settings.Path}' has no column {string.Join(", nor ", missing)}. "
            + $"Columns found on line {headerLine}: {found}. Rename the columns in the file or set those keys to "
            + $"the headers the file uses.{searched}";
    }

    private static IEnumerable<RegisterRecord> Concat(
        IEnumerable<RegisterRecord> first, IEnumerator<RegisterRecord> rest)
    {
        foreach (var record in first)
        {
            yield return record;
        }

        using (rest)
        {
            while (rest.MoveNext())
            {
                yield return rest.Current;
            }
        }
    }
}
