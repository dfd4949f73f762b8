using System.Globalization;
using System.Text.RegularExpressions;
using LocalInsights.Reports.PowerBI.Configuration;

namespace LocalInsights.Reports.PowerBI.Push;

/// <summary>
/// Documented rules of push dataset schemas. A dataset has at most 75 tables, and a table at most 75 columns and,
/// with retention policy None, 5,000,000 rows. Table names have 1 to 100 characters from the set of the API
/// description's pattern, and column names contain XML characters only.
/// </summary>
internal static partial class PushSchemaRules
{
    public const int MaxTables = 75;
    public const int MaxColumns = 75;

    /// <summary>
    /// Returns every rule the schema breaks, each naming the table or column. Names are compared ignoring case, as
    /// Power BI models do.
    /// </summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<PushTable> tables)
    {
        var problems = new List<string>();
        if (tables.Count > MaxTables)
        {
            problems.Add($"The facts have {tables.Count} tables; a push dataset can have at most {MaxTables}.");
        }

        AddDuplicates(tables.Select(table => table.Name), "table", "the dataset", problems);
        foreach (var table in tables)
        {
            ValidateTable(table, problems);
        }

        return problems;
    }

    private static void ValidateTable(PushTable table, List<string> problems)
    {
        if (!TableNamePattern().IsMatch(table.Name))
        {
            problems.Add($"Table name '{table.Name}' is invalid: Power BI accepts 1 to 100 letters, digits, spaces "
                + "and the characters # - @ ^ _ ~, and no ! \" $ % & ' ( ) * + , . / : ; < = > ? [ \\ ] ` { | }.");
        }

        if (table.Columns.Count > MaxColumns)
        {
            problems.Add($"Table '{table.Name}' has {table.Columns.Count} columns; a push table can have at most "
                + $"{MaxColumns}.");
        }

        if (table.Facts.RowCount > PowerBIPushLimits.DocumentedRowsPerTable)
        {
            var rows = table.Facts.RowCount.ToString("N0", CultureInfo.InvariantCulture);
            var max = PowerBIPushLimits.DocumentedRowsPerTable.ToString("N0", CultureInfo.InvariantCulture);
            problems.Add($"Table '{table.Name}' has {rows} rows; a push table with retention policy None can have at "
                + $"most {max}.");
        }

        foreach (var column in table.Columns.Where(column => !ColumnNamePattern().IsMatch(column.Name)))
        {
            problems.Add($"Column name '{column.Name}' of table '{table.Name}' is invalid: it must be non-empty "
                + "and contain no control characters other than tab, line feed and carriage return.");
        }

        AddDuplicates(table.Columns.Select(column => column.Name), "column", $"table '{table.Name}'", problems);
    }

    private static void AddDuplicates(IEnumerable<string> names, string kind, string owner, List<string> problems)
    {
        var duplicates = names.GroupBy(name => name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1);
        foreach (var group in duplicates)
        {
            problems.Add($"The {kind} name '{group.Key}' appears {group.Count()} times in {owner}, ignoring case.");
        }
    }

    // The API description's Table.name pattern. Its range \u10000-\u10FFFF (characters beyond the Basic
    // Multilingual Plane) is written here as UTF-16 surrogates, which .NET regular expressions match one by one,
    // so such a character counts as 2 of the 100.
    private const string TableNameCharacters =
        @"\x09\x0A\x0D\x20\x23\x2D\x30-\x39\x40-\x5A\x5E-\x5F\x61-\x7A\x7E-\uD7FF\uE000-\uFFFD\uD800-\uDFFF";

    [GeneratedRegex("^[" + TableNameCharacters + @"]{1,100}\z")]
    private static partial Regex TableNamePattern();

    // The API description's Column.name pattern, with the same surrogate rewrite.
    [GeneratedRegex(@"^[\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\uD800-\uDFFF]+\z")]
    private static partial Regex ColumnNamePattern();
}
