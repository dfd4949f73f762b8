using LocalInsights.Reports.PowerBI.Configuration;
using LocalInsights.Reports.PowerBI.Http;
using LocalInsights.Reports.PowerBI.Tests.Fake;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>
/// Every request the client can send reaches the fake and passes its check against the API description.
/// </summary>
public sealed class ContractCoverageTests
{
    [Fact]
    public async Task EveryClientOperation_PassesApiDescription()
    {
        await using var harness = await PublisherHarness.StartAsync();
        await harness.PublishAsync(Facts.Small(), harness.Options());
        harness.Server.DatasetNamed("LocalInsights rennes").Tables["devices"].Columns = [("month", "DateTime")];
        var byId = harness.Options();
        byId.DatasetId = harness.Server.DatasetNamed("LocalInsights rennes").Id;
        await harness.PublishAsync(Facts.Small(), byId);
        harness.Server.AddImportDataset("Pilotage numérique");
        await harness.PublishAsync(Facts.Small(), harness.Options(PowerBIMode.Refresh, "Pilotage numérique"));

        harness.AssertNoViolations();
        Assert.Equal(PowerBIOperations.All.Order(), harness.Server.OperationsSeen);
    }
}
