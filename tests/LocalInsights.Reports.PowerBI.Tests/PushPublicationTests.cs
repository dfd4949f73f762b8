using System.Text.Json;
using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.PowerBI.Configuration;
using LocalInsights.Reports.PowerBI.Http;
using LocalInsights.Reports.PowerBI.Tests.Fake;

namespace LocalInsights.Reports.PowerBI.Tests;

public sealed class PushPublicationTests
{
    [Fact]
    public async Task Publish_NewDataset_CreatesEveryFactTable()
    {
        await using var harness = await PublisherHarness.StartAsync();
        var facts = Facts.Small();

        var publication = await harness.PublishAsync(facts, harness.Options());

        harness.AssertNoViolations();
        Assert.True(publication.Status == PowerBIPublicationStatus.Published, publication.Message);
        var dataset = harness.Server.DatasetNamed("LocalInsights rennes");
        Assert.True(dataset.IsPush);
        foreach (var table in FactTables.From(facts))
        {
            var pushed = dataset.Tables[table.Name];
            Assert.Equal(table.Columns.Select(column => column.Name), pushed.Columns.Select(column => column.Name));
            Assert.Equal(table.RowCount, pushed.Rows.Count);
        }

        Assert.Equal(dataset.Id, publication.DatasetId);
        Assert.Equal(harness.Server.Requests.Count, publication.Requests);
        Assert.All(harness.Credential.Scopes, scope => Assert.Equal(HttpPowerBITransport.Scope, scope));
        Assert.Contains(harness.Server.Requests, request => request.PathAndQuery.EndsWith(
            "/datasets?defaultRetentionPolicy=None", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_TypedValues_MatchPowerBITypes()
    {
        await using var harness = await PublisherHarness.StartAsync();

        await harness.PublishAsync(Facts.Small(), harness.Options());

        harness.AssertNoViolations();
        var dataset = harness.Server.DatasetNamed("LocalInsights rennes");
        var establishment = dataset.Tables["establishments"].Rows.Single();
        Assert.Equal("2024-10-01T00:00:00Z", establishment.GetProperty("month").GetString());
        Assert.Equal(JsonValueKind.Number, establishment.GetProperty("pupils").ValueKind);
        Assert.Equal(2.0 / 3.0, establishment.GetProperty("active_students_per_100_pupils").GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, establishment.GetProperty("cost_per_active_device_eur").ValueKind);
        Assert.Equal("École primaire publique les Lucioles", establishment.GetProperty("name").GetString());
        var source = dataset.Tables["sources"].Rows.Single();
        Assert.Equal("2024-11-02T06:30:15.1230000Z", source.GetProperty("completed_at").GetString());
        var columns = dataset.Tables["establishments"].Columns.ToDictionary(column => column.Name, column =>
            column.DataType);
        Assert.Equal("DateTime", columns["month"]);
        Assert.Equal("Int64", columns["pupils"]);
        Assert.Equal("Double", columns["device_spend_eur"]);
        Assert.Equal("String", columns["uai"]);
        Assert.Equal("Boolean", dataset.Tables["platform-use"].Columns.Single(column =>
            column.Name == "suppressed").DataType);
    }
}
