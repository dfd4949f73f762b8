using System.Text.Json;
using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.PowerBI.Push;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>The push schema derived from the fact tables, and the documented rules it must follow.</summary>
public sealed class PushSchemaTests
{
    [Fact]
    public void Schema_FollowsFactTables()
    {
        var facts = FactTables.From(Facts.Small());

        var schema = PushSchema.From(facts);

        Assert.Equal(facts.Select(table => table.Name), schema.Select(table => table.Name));
        for (var index = 0; index < facts.Count; index++)
        {
            Assert.Equal(facts[index].Columns.Select(column => column.Name), schema[index].Columns.Select(column =>
                column.Name));
        }

        Assert.Empty(PushSchemaRules.Validate(schema));
    }

    [Fact]
    public void Schema_NewFactColumn_FlowsThrough()
    {
        var table = new TestFactTable("devices", [("month", FactColumnType.Date), ("battery_health",
            FactColumnType.Real)], []);

        var schema = PushSchema.From([table]).Single();

        Assert.Equal([("month", "DateTime"), ("battery_health", "Double")],
            schema.Columns.Select(column => (column.Name, column.DataType)));
    }

    [Fact]
    public void Rules_InvalidDatasetFromReport_ListsEveryProblem()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(
            TestFiles.PathOf("powerbi-push-dataset-limits-and-types", "create-dataset.request.json")));
        var tables = document.RootElement.GetProperty("tables").EnumerateArray().Select(table =>
            (IFactTable)new TestFactTable(table.GetProperty("name").GetString()!,
                table.GetProperty("columns").EnumerateArray()
                    .Select(column => (column.GetProperty("name").GetString()!, FactColumnType.Text)).ToList(), []))
            .ToList();

        var problems = PushSchemaRules.Validate(PushSchema.From(tables));

        Assert.Contains(problems, problem => problem.StartsWith("Table name 'Usage M365 (élèves)' is invalid",
            StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("Table name 'Usage/Teams' is invalid",
            StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("has 80 columns; a push table can have at most 75",
            StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Usage M365 - eleves", true)]
    [InlineData("Établissements", true)]
    [InlineData("data-quality", true)]
    [InlineData("platform.use", false)]
    [InlineData("", false)]
    [InlineData("a/b", false)]
    public void Rules_TableName_FollowsPattern(string name, bool valid)
    {
        var problems = PushSchemaRules.Validate(PushSchema.From([new TestFactTable(name, [("x", FactColumnType.Text)],
            [])]));

        Assert.Equal(valid, problems.Count == 0);
    }

    [Fact]
    public void Rules_TooManyTables_AndDuplicates()
    {
        var tables = Enumerable.Range(0, 76).Select(index => (IFactTable)new TestFactTable(
            $"t{index}", [("x", FactColumnType.Text), ("X", FactColumnType.Text)], [])).ToList();

        var problems = PushSchemaRules.Validate(PushSchema.From(tables));

        Assert.Contains(problems, problem => problem.Contains("76 tables", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("'x' appears 2 times in table 't0'",
            StringComparison.Ordinal));
    }
}
