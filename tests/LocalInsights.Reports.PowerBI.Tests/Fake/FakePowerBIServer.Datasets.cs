using System.Text.Json;
using LocalInsights.Reports.PowerBI.Tests.Swagger;

namespace LocalInsights.Reports.PowerBI.Tests.Fake;

internal sealed partial class FakePowerBIServer
{
    private async Task<FakeResponse> DispatchAsync(SwaggerMatch match, List<KeyValuePair<string, string>> query,
        byte[] body, FakeRequestRecord record)
    {
        if (match.Operation.OperationId == "Datasets_PostRowsInGroup")
        {
            return await PostRowsAsync(match, body, record);
        }

        lock (gate)
        {
            return match.Operation.OperationId switch
            {
                "Datasets_GetDatasetsInGroup" => FakeResponse.Ok(new { value = Datasets.Values.Select(Describe) }),
                "Datasets_GetDatasetInGroup" => WithDataset(match, dataset => FakeResponse.Ok(Describe(dataset))),
                "Datasets_PostDatasetInGroup" => CreateDataset(body, query),
                "Datasets_GetTablesInGroup" => WithPushDataset(match, dataset => FakeResponse.Ok(new
                {
                    value = dataset.Tables.Values.Select(DescribeTable),
                })),
                "Datasets_PutTableInGroup" => WithTable(match, (_, table) => PutTable(table, body)),
                "Datasets_DeleteRowsInGroup" => WithTable(match, (_, table) => ClearRows(table)),
                "Datasets_RefreshDatasetInGroup" => WithDataset(match, dataset => StartRefresh(dataset, record)),
                "Datasets_GetRefreshHistoryInGroup" => WithDataset(match, dataset => History(dataset, query)),
                _ => FakeResponse.Error(501, "NotImplemented",
                    $"The fake does not serve {match.Operation.OperationId}."),
            };
        }
    }

    private FakeResponse CreateDataset(byte[] body, List<KeyValuePair<string, string>> query)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var tables = root.GetProperty("tables").EnumerateArray().Select(ReadTable).ToList();
        var problem = SchemaProblem(tables);
        if (problem is not null)
        {
            return FakeResponse.Error(400, "InvalidRequest", problem);
        }

        var dataset = new FakeDataset
        {
            Id = Guid.NewGuid().ToString(), Name = root.GetProperty("name").GetString()!,
            IsPush = root.TryGetProperty("defaultMode", out var mode) && mode.GetString() == "Push",
        };
        tables.ForEach(table => dataset.Tables[table.Name] = table);
        Datasets[dataset.Id] = dataset;
        var retention = query.FirstOrDefault(pair => pair.Key == "defaultRetentionPolicy").Value ?? "None";
        return FakeResponse.Ok(new { id = dataset.Id, name = dataset.Name, defaultRetentionPolicy = retention }, 201);
    }

    private FakeResponse PutTable(FakeTable table, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var replacement = ReadTable(document.RootElement);
        var problem = SchemaProblem([replacement]);
        if (problem is not null)
        {
            return FakeResponse.Error(400, "InvalidRequest", problem);
        }

        table.Columns = replacement.Columns;
        return FakeResponse.Ok(DescribeTable(table));
    }

    private static FakeResponse ClearRows(FakeTable table)
    {
        table.Rows.Clear();
        return new FakeResponse(200);
    }

    private string? SchemaProblem(List<FakeTable> tables) =>
        tables.Count > Limits.Tables ? $"A push dataset holds at most {Limits.Tables} tables."
        : tables.FirstOrDefault(table => table.Columns.Count > Limits.Columns) is { } wide
            ? $"Table '{wide.Name}' has more than {Limits.Columns} columns."
            : null;

    private FakeResponse WithDataset(SwaggerMatch match, Func<FakeDataset, FakeResponse> action) =>
        Datasets.TryGetValue(match.PathValues["datasetId"], out var dataset)
            ? action(dataset)
            : FakeResponse.Error(404, "PowerBIEntityNotFound", "Couldn't find the dataset.");

    private FakeResponse WithPushDataset(SwaggerMatch match, Func<FakeDataset, FakeResponse> action) =>
        WithDataset(match, dataset => dataset.IsPush
            ? action(dataset)
            : FakeResponse.Error(404, "ItemNotFound", $"Dataset {dataset.Id} is not Push API dataset."));

    private FakeResponse WithTable(SwaggerMatch match, Func<FakeDataset, FakeTable, FakeResponse> action) =>
        WithPushDataset(match, dataset => dataset.Tables.TryGetValue(match.PathValues["tableName"], out var table)
            ? action(dataset, table)
            : FakeResponse.Error(404, "ItemNotFound",
                $"Table '<pi>{match.PathValues["tableName"]}</pi>' not found in dataset '{dataset.Id}'"));

    private static FakeTable ReadTable(JsonElement table) => new(
        table.GetProperty("name").GetString()!,
        table.GetProperty("columns").EnumerateArray()
            .Select(column => (column.GetProperty("name").GetString()!, column.GetProperty("dataType").GetString()!))
            .ToList());

    private static object Describe(FakeDataset dataset) => new Dictionary<string, object>
    {
        ["id"] = dataset.Id, ["name"] = dataset.Name, ["addRowsAPIEnabled"] = dataset.IsPush,
        ["IsRefreshable"] = !dataset.IsPush,
    };

    private static object DescribeTable(FakeTable table) => new
    {
        name = table.Name,
        columns = table.Columns.Select(column => new { name = column.Name, dataType = column.DataType }),
    };
}
