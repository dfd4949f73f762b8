using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.PowerBI.Configuration;
using LocalInsights.Reports.PowerBI.Tests.Fake;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>Finding, checking and updating an existing push dataset.</summary>
public sealed class PushDatasetTests
{
    [Fact]
    public async Task SecondPublication_ReplacesRows()
    {
        await using var harness = await PublisherHarness.StartAsync();
        await harness.PublishAsync(Facts.Build(15_000), harness.Options());

        var publication = await harness.PublishAsync(Facts.Build(12_000), harness.Options());

        harness.AssertNoViolations();
        Assert.True(publication.Status == PowerBIPublicationStatus.Published, publication.Message);
        Assert.Single(harness.Server.Datasets);
        Assert.Equal(12_000, harness.Server.DatasetNamed("LocalInsights rennes").Tables["devices"].Rows.Count);
        Assert.Single(harness.Server.Requests, request => request.OperationId == "Datasets_PostDatasetInGroup");
    }

    [Fact]
    public async Task NewFactColumn_UpdatesTableSchema()
    {
        await using var harness = await PublisherHarness.StartAsync();
        var facts = Facts.Small();
        var tables = FactTables.From(facts).Select(table => new FakeTable(table.Name,
            table.Columns.Where(column => column.Name != "never_seen")
                .Select(column => (column.Name, Push.PushSchema.DataTypeOf(column.Type))).ToList())).ToArray();
        tables.Single(table => table.Name == "devices").Columns =
            [.. tables.Single(table => table.Name == "devices").Columns, ("legacy_note", "String")];
        var existing = harness.Server.AddPushDataset("LocalInsights rennes", tables);

        var publication = await harness.PublishAsync(facts, harness.Options());

        harness.AssertNoViolations();
        Assert.True(publication.Status == PowerBIPublicationStatus.Published, publication.Message);
        var puts = harness.Server.Requests.Where(request => request.OperationId == "Datasets_PutTableInGroup").ToList();
        Assert.Equal("devices", Assert.Single(puts).Table);
        var devices = existing.Tables["devices"].Columns.Select(column => column.Name).ToList();
        Assert.Contains("never_seen", devices);
        Assert.Contains("legacy_note", devices);
        Assert.Single(harness.Logs.MessagesOf(3111));
    }

    [Fact]
    public async Task MissingTable_AsksToRecreateDataset()
    {
        await using var harness = await PublisherHarness.StartAsync();
        harness.Server.AddPushDataset("LocalInsights rennes", new FakeTable("devices", [("month", "DateTime")]));

        var publication = await harness.PublishAsync(Facts.Small(), harness.Options());

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.Failed, publication.Status);
        Assert.Contains("cannot add a table to an existing push dataset", publication.Message,
            StringComparison.Ordinal);
        Assert.Contains("establishments", publication.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Server.Requests, request => request.OperationId == "Datasets_DeleteRowsInGroup");
    }

    [Fact]
    public async Task ImportDataset_IsNotPushedInto()
    {
        await using var harness = await PublisherHarness.StartAsync();
        harness.Server.AddImportDataset("LocalInsights rennes");

        var publication = await harness.PublishAsync(Facts.Small(), harness.Options());

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.Failed, publication.Status);
        Assert.Contains("is not a push dataset", publication.Message, StringComparison.Ordinal);
        Assert.Contains("PowerBI:Mode", publication.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateNames_AskForDatasetId()
    {
        await using var harness = await PublisherHarness.StartAsync();
        var first = harness.Server.AddPushDataset("LocalInsights rennes");
        var second = harness.Server.AddPushDataset("LocalInsights rennes");

        var publication = await harness.PublishAsync(Facts.Small(), harness.Options());

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.Failed, publication.Status);
        Assert.Contains(first.Id, publication.Message, StringComparison.Ordinal);
        Assert.Contains(second.Id, publication.Message, StringComparison.Ordinal);
        Assert.Contains("PowerBI:DatasetId", publication.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownDatasetId_FailsWithoutCreating()
    {
        await using var harness = await PublisherHarness.StartAsync();
        var options = harness.Options();
        options.DatasetId = "cfafbeb1-8037-4d0c-896e-a46fb27ff229";

        var publication = await harness.PublishAsync(Facts.Small(), options);

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.Failed, publication.Status);
        Assert.Contains("cfafbeb1-8037-4d0c-896e-a46fb27ff229 was not found", publication.Message,
            StringComparison.Ordinal);
        Assert.Empty(harness.Server.Datasets);
    }

    [Fact]
    public async Task DatasetId_PublishesToThatDataset()
    {
        await using var harness = await PublisherHarness.StartAsync();
        await harness.PublishAsync(Facts.Small(), harness.Options());
        var dataset = harness.Server.DatasetNamed("LocalInsights rennes");
        var options = harness.Options(PowerBIMode.Push, "another name");
        options.DatasetId = dataset.Id;

        var publication = await harness.PublishAsync(Facts.Build(7), options);

        harness.AssertNoViolations();
        Assert.True(publication.Status == PowerBIPublicationStatus.Published, publication.Message);
        Assert.Equal(7, dataset.Tables["devices"].Rows.Count);
        Assert.Contains(harness.Server.Requests, request => request.OperationId == "Datasets_GetDatasetInGroup");
    }
}
