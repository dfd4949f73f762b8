using LocalInsights.Connectors.Graph.Tests.Support;

namespace LocalInsights.Connectors.Graph.Tests;

public sealed class GraphOptionsTests : IAsyncLifetime
{
    private FakeGraphServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Invalid_settings_name_every_key()
    {
        using var harness = new GraphHarness();
        var settings = new Dictionary<string, string?>
        {
            ["Authentication"] = "ClientSecret",
            ["ClientSecret"] = "@Microsoft.KeyVault(SecretUri=https://vault.example/secrets/graph)",
            ["BaseUrl"] = "http://graph.example/v1.0",
            ["UsageReports:Period"] = "D31",
            ["UsageReports:Reports:0"] = "getMailboxUsageDetail",
            ["Users:EstablishmentPattern"] = "^(\\d{7}[A-Z])",
            ["Users:Roles:Eleve"] = "Pupil",
            ["Throttling:MaxRetries"] = "-1",
            ["Devices:Mapping:Rules:0:Name"] = "names",
            ["Devices:Mapping:Rules:0:Kind"] = "NamePattern",
        };

        var result = await harness.PullAsync(settings);

        Assert.False(result.Succeeded);
        var failure = result.Failure!;
        foreach (var key in new[]
                 {
                     "Connectors:graph:TenantId", "Connectors:graph:ClientId", "Connectors:graph:ClientSecret",
                     "Connectors:graph:BaseUrl", "Connectors:graph:UsageReports:Period",
                     "Connectors:graph:UsageReports:Reports:0", "Connectors:graph:Users:EstablishmentPattern",
                     "Connectors:graph:Users:Roles:Eleve", "Connectors:graph:Throttling:MaxRetries",
                     "Connectors:graph:Devices:Mapping:Rules:0:Pattern",
                 })
        {
            Assert.Contains(key, failure, StringComparison.Ordinal);
        }

        Assert.Contains("Key Vault reference that the host did not resolve", failure, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Unknown_rule_kind_names_the_key()
    {
        using var harness = new GraphHarness();
        var settings = GraphHarness.BaseSettings(_server);
        settings["Devices:Enabled"] = "true";
        settings["Devices:Mapping:Rules:0:Name"] = "names";
        settings["Devices:Mapping:Rules:0:Kind"] = "NamePatern";
        settings["Devices:Mapping:Rules:0:Pattern"] = "^(?<uai>\\d{7}[A-Z])-";

        var result = await harness.PullAsync(settings);

        Assert.False(result.Succeeded);
        Assert.Contains("Connectors:graph:Devices:Mapping:Rules:0:Kind: 'NamePatern' is not a rule kind",
            result.Failure, StringComparison.Ordinal);
        Assert.Contains("NamePattern, CategoryMap, SerialNumbers", result.Failure, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Missing_client_secret_says_where_to_set_it()
    {
        using var harness = new GraphHarness();
        var settings = GraphHarness.BaseSettings(_server);
        settings["Authentication"] = "ClientSecret";
        settings["ClientId"] = "22222222-2222-4222-8222-222222222222";

        var result = await harness.PullAsync(settings);

        Assert.False(result.Succeeded);
        Assert.Contains("Connectors:graph:ClientSecret: the client secret is missing", result.Failure,
            StringComparison.Ordinal);
        Assert.Contains("environment variable or a Key Vault reference", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snapshot_long_after_window_is_rejected()
    {
        using var harness = new GraphHarness();
        var settings = GraphHarness.BaseSettings(_server);
        settings["Licences:Enabled"] = "true";

        var result = await harness.PullAsync(settings, Core.Connectors.PullWindow.ForMonth(2024, 8));

        Assert.False(result.Succeeded);
        Assert.Contains("cannot stand for the window 2024-08-01..2024-08-31", result.Failure, StringComparison.Ordinal);
    }
}
