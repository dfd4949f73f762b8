using System.Globalization;
using System.Text;
using LocalInsights.Connectors.Graph.Tests.Support;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace LocalInsights.Connectors.Graph.Tests;

public sealed class StreamingTests : IAsyncLifetime
{
    private const int Pages = 300;
    private const int PageSize = 1000;
    private FakeGraphServer _server = null!;
    private long _liveBytesAtLastPage;

    public async Task InitializeAsync() => _server = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Large_tenant_streams_with_bounded_memory()
    {
        _server.On("/deviceManagement/managedDevices", ServePageAsync);
        using var harness = new GraphHarness();
        var settings = GraphHarness.BaseSettings(_server);
        settings["Devices:Enabled"] = "true";
        settings["Devices:Mapping:Rules:0:Name"] = "names";
        settings["Devices:Mapping:Rules:0:Kind"] = "NamePattern";
        settings["Devices:Mapping:Rules:0:Pattern"] = "^(?<uai>\\d{7}[A-Z])-";
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        var result = await harness.PullAsync(settings);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(Pages, _server.CallsTo("/deviceManagement/managedDevices"));
        Assert.Equal(Pages * PageSize, result.Read);
        var manifest = Assert.Single(await new CanonicalReader(harness.Store).ListManifestsAsync(
            GraphHarness.Environment, GraphHarness.October2024, CancellationToken.None));
        Assert.Equal(Pages * PageSize, manifest.Files.Single(file => file.Kind == "devices").Records);
        Assert.DoesNotContain(await harness.ReadAsync<QualityObservation>(),
            item => item.Kind is QualityIssueKind.CountMismatch or QualityIssueKind.UnmappedDevice);

        // Holding the 300,000 device objects would take several hundred MB; the pull holds about 40 bytes per
        // device in its index (an estimate) plus one page, so the live heap while the last page is served stays
        // well under this bound.
        var growth = _liveBytesAtLastPage - baseline;
        Assert.InRange(growth, long.MinValue, 150L * 1024 * 1024);
    }

    private async Task ServePageAsync(HttpContext context)
    {
        var token = context.Request.Query["$skiptoken"].ToString();
        var page = token.Length == 0 ? 1 : int.Parse(token, CultureInfo.InvariantCulture);
        if (page == Pages)
        {
            _liveBytesAtLastPage = GC.GetTotalMemory(forceFullCollection: true);
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(BuildPage(page));
    }

    private string BuildPage(int page)
    {
        var builder = new StringBuilder(PageSize * 400);
        builder.Append("{\"@odata.context\":\"ctx\",");
        if (page == 1)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\"@odata.count\":{Pages * PageSize},");
        }

        if (page < Pages)
        {
            builder.Append(CultureInfo.InvariantCulture,
                $"\"@odata.nextLink\":\"{_server.BaseUrl}/deviceManagement/managedDevices?$skiptoken={page + 1}\",");
        }

        builder.Append("\"value\":[");
        for (var index = 0; index < PageSize; index++)
        {
            var number = ((page - 1) * PageSize) + index;
            builder.Append(index == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture,
                $"{{\"id\":\"00000000-0000-4000-8000-{number:D12}\",\"deviceName\":\"0350122T-PC-{number}\",")
                .Append(CultureInfo.InvariantCulture, $"\"serialNumber\":\"SN{number}\",")
                .Append("\"model\":\"Fake Model 14\",\"manufacturer\":\"FakeVendor\",\"operatingSystem\":\"Windows\",")
                .Append("\"osVersion\":\"10.0.22631.4169\",\"complianceState\":\"compliant\",")
                .Append("\"enrolledDateTime\":\"2023-09-04T07:12:00Z\",\"lastSyncDateTime\":\"2024-10-03T08:05:00Z\"}");
        }

        return builder.Append("]}").ToString();
    }
}
