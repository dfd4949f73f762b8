using System.Globalization;
using System.Text.Json;

namespace LocalInsights.Reports.PowerBI.Tests.Fake;

/// <summary>
/// Checks pushed rows as Power BI documents its column types: Int64 without its extremes, Double, Boolean,
/// DateTime as an ISO 8601 string, String of at most 4,000 characters, and no column the table lacks.
/// </summary>
internal static class FakeRowChecker
{
    public static string? FindProblem(FakeTable table, JsonElement row, int maxStringLength)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            return "a row is not an object";
        }

        foreach (var property in row.EnumerateObject())
        {
            var column = table.Columns.FirstOrDefault(column =>
                string.Equals(column.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (column.Name is null)
            {
                return $"column '{property.Name}' is not in table '{table.Name}'";
            }

            var problem = property.Value.ValueKind == JsonValueKind.Null
                ? null
                : ValueProblem(column.DataType, property.Value, maxStringLength);
            if (problem is not null)
            {
                return $"column '{property.Name}': {problem}";
            }
        }

        return null;
    }

    private static string? ValueProblem(string dataType, JsonElement value, int maxStringLength) =>
        dataType.ToUpperInvariant() switch
        {
            "INT64" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
                && number is not (long.MaxValue or long.MinValue) ? null : $"{value} is not a valid Int64",
            "DOUBLE" => value.ValueKind == JsonValueKind.Number ? null : $"{value} is not a number",
            "BOOLEAN" => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : $"{value} is not a bool",
            "DATETIME" => value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParseExact(value.GetString(),
                "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null : $"{value} is not an ISO 8601 date and time",
            "STRING" => value.ValueKind != JsonValueKind.String ? $"{value} is not a string"
                : value.GetString()!.Length > maxStringLength ? "the string is longer than 4,000 characters" : null,
            _ => $"unknown data type {dataType}",
        };
}
