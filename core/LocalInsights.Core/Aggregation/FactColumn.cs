namespace LocalInsights.Core.Aggregation;

/// <summary>
/// A typed column of a fact table. The same description drives the CSV and Parquet aggregates, so every output
/// agrees on names and types.
/// </summary>
public sealed record FactColumn<T>(string Name, FactColumnType Type, Func<T, object?> Value);

/// <summary>Value types of fact columns; they map onto Parquet, Excel and Power BI types.</summary>
public enum FactColumnType
{
    Text,
    WholeNumber,
    DecimalNumber,
    Real,
    Date,
    Timestamp,
    Flag,
}

/// <summary>A named list of fact rows with their columns.</summary>
public interface IFactTable
{
    string Name { get; }

    int RowCount { get; }

    IReadOnlyList<(string Name, FactColumnType Type)> Columns { get; }

    /// <summary>Returns the value of column <paramref name="column"/> in row <paramref name="row"/>.</summary>
    object? GetValue(int row, int column);
}

/// <summary>Fact rows of one type with the columns that describe them.</summary>
public sealed class FactTable<T>(string name, IReadOnlyList<T> rows, IReadOnlyList<FactColumn<T>> columns)
    : IFactTable
{
    public string Name { get; } = name;

    public int RowCount => rows.Count;

    public IReadOnlyList<(string Name, FactColumnType Type)> Columns { get; } =
        columns.Select(column => (column.Name, column.Type)).ToList();

    public object? GetValue(int row, int column) => columns[column].Value(rows[row]);
}
