using System.Globalization;

namespace LocalInsights.Reports.PowerBI.Push;

/// <summary>
/// Values of the facts that Power BI does not accept, found before any request: <see cref="Count"/> in all, the
/// first <see cref="MaxListed"/> described one by one with table, column and row.
/// </summary>
internal sealed record PushValueScan(IReadOnlyList<string> Problems, int Count)
{
    public const int MaxListed = 50;

    /// <summary>Checks every value of every table.</summary>
    public static PushValueScan Run(IReadOnlyList<PushTable> tables)
    {
        var problems = new List<string>();
        var count = 0;
        foreach (var table in tables)
        {
            for (var row = 0; row < table.Facts.RowCount; row++)
            {
                count += CheckRow(table, row, problems);
            }
        }

        if (count > problems.Count)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"… and {count - problems.Count:N0} more."));
        }

        return new PushValueScan(problems, count);
    }

    private static int CheckRow(PushTable table, int row, List<string> problems)
    {
        var count = 0;
        for (var column = 0; column < table.Columns.Count; column++)
        {
            var problem = PushValues.FindProblem(table.Facts.GetValue(row, column), table.Columns[column].FactType);
            if (problem is null)
            {
                continue;
            }

            count++;
            if (problems.Count < MaxListed)
            {
                var number = (row + 1).ToString(CultureInfo.InvariantCulture);
                problems.Add($"Table '{table.Name}', column '{table.Columns[column].Name}', row {number}: "
                    + $"the value {problem}.");
            }
        }

        return count;
    }
}
