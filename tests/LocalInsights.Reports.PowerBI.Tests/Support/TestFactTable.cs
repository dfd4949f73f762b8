using LocalInsights.Core.Aggregation;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>A fact table with any name, columns and values, for schema and value rules.</summary>
internal sealed class TestFactTable(
    string name, IReadOnlyList<(string Name, FactColumnType Type)> columns, IReadOnlyList<object?[]> rows)
    : IFactTable
{
    public string Name { get; } = name;

    public int RowCount => rows.Count;

    public IReadOnlyList<(string Name, FactColumnType Type)> Columns { get; } = columns;

    public object? GetValue(int row, int column) => rows[row][column];
}
