using LocalInsights.Connectors.Graph.Tests.Support;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Graph.Tests;

public sealed class GraphAuthenticationTests : IAsyncLifetime
{
    private FakeGraphServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Requests_carry_token_for_base_url_scope()
    {
        _server.On("/subscribedSkus", _server.JsonFile("formats/graph-licences/subscribedSkus.v1.0.doc-example.json"));
        using var harness = new GraphHarness();
        var settings = GraphHarness.BaseSettings(_server);
        settings["Licences:Enabled"] = "true";
        settings["Licences:PerEstablishment"] = "false";

        var result = await harness.PullAsync(settings);

        Assert.True(result.Succeeded, result.Failure);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1.0/subscribedSkus", request.Path);
        Assert.Equal("Bearer fake-token", request.Authorization);
        Assert.Contains($"{_server.Root.GetLeftPart(UriPartial.Authority)}/.default",
            harness.Credentials.Credential.Scopes);
    }

    [Fact]
    public async Task Forbidden_names_missing_permission()
    {
        _server.On("/subscribedSkus", _server.Json(
            """
            {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges."}}
            """,
            403));
        using var harness = new GraphHarness();
        var settings = GraphHarness.BaseSettings(_server);
        settings["Licences:Enabled"] = "true";

        var result = await harness.PullAsync(settings);

        Assert.False(result.Succeeded);
        Assert.Contains("Graph answered 403 to GET /subscribedSkus", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Organization.Read.All", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Authorization_RequestDenied", result.Failure, StringComparison.Ordinal);
        Assert.Empty(await harness.ReadAsync<LicenceSnapshot>());
    }
}
