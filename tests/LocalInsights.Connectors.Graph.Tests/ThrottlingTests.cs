using LocalInsights.Connectors.Graph.Tests.Support;
using LocalInsights.Core.Model;
using Microsoft.AspNetCore.Http;

namespace LocalInsights.Connectors.Graph.Tests;

public sealed class ThrottlingTests : IAsyncLifetime
{
    private const string Skus = "/subscribedSkus";
    private const string Variants = "cases/08-throttling-429-retry-after-variants/";
    private FakeGraphServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("01-retry-after-fractional.http", 2128)]
    [InlineData("03-lowercase-header-name.http", 7000)]
    public async Task Retry_after_seconds_are_honoured(string file, int expectedMs)
    {
        _server.On(Skus, RawHttpResponse.FromFile(Variants + file), SkusOk());
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(LicenceSettings());

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), Assert.Single(harness.Time.Waits));
        Assert.Equal(2, _server.CallsTo(Skus));
        Assert.Equal(2, (await harness.ReadAsync<LicenceSnapshot>()).Count);
    }

    [Fact]
    public async Task Missing_retry_after_backs_off()
    {
        _server.On(Skus, RawHttpResponse.FromFile(Variants + "02-no-retry-after.http"),
            RawHttpResponse.FromFile(Variants + "02-no-retry-after.http"), SkusOk());
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(LicenceSettings());

        Assert.True(result.Succeeded, result.Failure);
        var waits = harness.Time.Waits.ToArray();
        Assert.Equal(2, waits.Length);
        Assert.InRange(waits[0], TimeSpan.FromMilliseconds(800), TimeSpan.FromMilliseconds(1000));
        Assert.InRange(waits[1], TimeSpan.FromMilliseconds(1600), TimeSpan.FromMilliseconds(2000));
        Assert.Contains(harness.Logs.Entries, entry => entry.EventId == 2310);
    }

    [Fact]
    public async Task Retry_after_date_waits_until_then()
    {
        var throttled = RawHttpResponse.FromFile(Variants + "04-retry-after-http-date.http");
        _server.On(Skus, context =>
        {
            // The server's clock: the wait is measured from the response's Date, not the client's clock.
            context.Response.Headers.Date = "Mon, 07 Oct 2024 06:00:30 GMT";
            return throttled(context);
        }, SkusOk());
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(LicenceSettings());

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(TimeSpan.FromSeconds(30), Assert.Single(harness.Time.Waits));
    }

    [Fact]
    public async Task Huge_retry_after_fails_with_time()
    {
        _server.On(Skus, RawHttpResponse.FromFile(Variants + "05-retry-after-huge.http"));
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(LicenceSettings());

        Assert.False(result.Succeeded);
        Assert.Contains("requested a retry after 150100 s, at 2024-10-08 23:41:40Z", result.Failure,
            StringComparison.Ordinal);
        Assert.Contains("Throttling:MaxRetryAfter", result.Failure, StringComparison.Ordinal);
        Assert.Empty(harness.Time.Waits);
        Assert.Equal(1, _server.CallsTo(Skus));
    }

    [Fact]
    public async Task Endless_throttling_stops_after_retries()
    {
        _server.On(Skus, RawHttpResponse.FromFile(Variants + "03-lowercase-header-name.http"));
        using var harness = new GraphHarness();
        var settings = LicenceSettings();
        settings["Throttling:MaxRetries"] = "3";

        var result = await harness.PullAsync(settings);

        Assert.False(result.Succeeded);
        Assert.Contains("Graph answered 429 to GET /v1.0/subscribedSkus", result.Failure, StringComparison.Ordinal);
        Assert.Contains("after 3 retries (Throttling:MaxRetries)", result.Failure, StringComparison.Ordinal);
        Assert.Equal(4, _server.CallsTo(Skus));
        Assert.Empty(await harness.ReadAsync<LicenceSnapshot>());
    }

    [Fact]
    public async Task Total_wait_is_bounded()
    {
        _server.On(Skus, RawHttpResponse.FromFile(Variants + "03-lowercase-header-name.http"));
        using var harness = new GraphHarness();
        var settings = LicenceSettings();
        settings["Throttling:MaxTotalWait"] = "00:00:20";

        var result = await harness.PullAsync(settings);

        Assert.False(result.Succeeded);
        Assert.Contains("Graph kept throttling GET /v1.0/subscribedSkus.", result.Failure, StringComparison.Ordinal);
        Assert.Contains("already waited 14 s and may wait at most 20 s", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Budget_is_shared_by_pulls_of_a_tenant()
    {
        _server.On(Skus, SkusOk());
        using var first = new GraphHarness();
        using var second = new GraphHarness(first.Budgets);
        var settings = LicenceSettings();
        settings["Throttling:DirectoryRequests"] = "1";
        settings["Throttling:DirectoryPeriod"] = "00:01:00";
        settings["Throttling:MaxTotalWait"] = "00:00:30";

        var firstResult = await first.PullAsync(settings);
        var secondResult = await second.PullAsync(settings);

        Assert.True(firstResult.Succeeded, firstResult.Failure);
        Assert.False(secondResult.Succeeded);
        Assert.Contains("The request budget of tenant 11111111-2222-4333-8444-555555555555 for Directory "
            + "(1 requests per 60 s) is used up.", secondResult.Failure, StringComparison.Ordinal);
        Assert.Equal(1, _server.CallsTo(Skus));
    }

    [Fact]
    public async Task Budget_wait_within_allowance_succeeds()
    {
        _server.On(Skus, SkusOk());
        using var harness = new GraphHarness();
        var settings = LicenceSettings();
        settings["Throttling:DirectoryRequests"] = "1";
        settings["Throttling:DirectoryPeriod"] = "00:00:20";

        var first = await harness.PullAsync(settings);
        var second = await harness.PullAsync(settings);

        Assert.True(first.Succeeded, first.Failure);
        Assert.True(second.Succeeded, second.Failure);
        Assert.Equal(TimeSpan.FromSeconds(20), Assert.Single(harness.Time.Waits));
        Assert.Contains(harness.Logs.Entries, entry => entry.EventId == 2312);
    }

    private Func<HttpContext, Task> SkusOk() =>
        _server.JsonFile("formats/graph-licences/subscribedSkus.v1.0.doc-example.json");

    private Dictionary<string, string?> LicenceSettings()
    {
        var settings = GraphHarness.BaseSettings(_server);
        settings["Licences:Enabled"] = "true";
        return settings;
    }
}
