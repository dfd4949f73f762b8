using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.PowerBI.Json;

namespace LocalInsights.Reports.PowerBI.Push;

/// <summary>
/// Derives the push dataset schema from the fact tables, so a new fact table or column reaches Power BI without a
/// change here. Names are kept as the fact tables spell them.
/// </summary>
internal static class PushSchema
{
    public const string Int64 = "Int64";
    public const string Double = "Double";
    public const string Boolean = "Boolean";
    public const string DateTime = "DateTime";
    public const string String = "String";

    public static IReadOnlyList<PushTable> From(IReadOnlyList<IFactTable> facts) =>
        facts.Select(table => new PushTable(
                table.Name,
                table.Columns.Select(column => new PushColumn(column.Name, DataTypeOf(column.Type), column.Type))
                    .ToList(),
                table))
            .ToList();

    /// <summary>
    /// Returns the Power BI data type of a fact column type. Decimal numbers become Double because Power BI's
    /// Decimal keeps 4 decimal places, which would round rates such as 2/3. Double keeps 15 to 17 significant
    /// digits, more than any amount in euros or rate needs.
    /// </summary>
    public static string DataTypeOf(FactColumnType type) => type switch
    {
        FactColumnType.Text => String,
        FactColumnType.WholeNumber => Int64,
        FactColumnType.DecimalNumber or FactColumnType.Real => Double,
        FactColumnType.Date or FactColumnType.Timestamp => DateTime,
        FactColumnType.Flag => Boolean,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "This fact column type has no Power BI type."),
    };

    public static TableDto ToDto(PushTable table) => new()
    {
        Name = table.Name,
        Columns = table.Columns.Select(column => new ColumnDto { Name = column.Name, DataType = column.DataType })
            .ToList(),
    };
}
