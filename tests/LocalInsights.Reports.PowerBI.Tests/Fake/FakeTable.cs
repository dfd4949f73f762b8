using System.Text.Json;

namespace LocalInsights.Reports.PowerBI.Tests.Fake;

/// <summary>A push table of the fake: its columns by name and data type, and its rows.</summary>
internal sealed class FakeTable(string name, IReadOnlyList<(string Name, string DataType)> columns)
{
    public string Name { get; } = name;

    public IReadOnlyList<(string Name, string DataType)> Columns { get; set; } = columns;

    public List<JsonElement> Rows { get; } = [];
}
