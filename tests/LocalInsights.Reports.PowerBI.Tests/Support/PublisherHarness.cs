using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.PowerBI.Configuration;
using LocalInsights.Reports.PowerBI.Tests.Fake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>
/// A publisher wired as in production (<c>AddPowerBIPublisher</c>, standard resilience handler) against a fresh
/// fake Power BI server, with a fake token credential and a <see cref="JumpingClock"/> for pacing and
/// refresh polling. The resilience handler keeps real time, so its timeouts are real: 30 s per attempt unless a
/// test shortens it, and 10 ms between retries.
/// </summary>
internal sealed class PublisherHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private PublisherHarness(FakePowerBIServer server, JumpingClock clock, ServiceProvider services,
        ListLoggerProvider logs)
    {
        Server = server;
        Clock = clock;
        this.services = services;
        Logs = logs;
        Credential = new FakeTokenCredential(clock);
        Publisher = new PowerBIPublisher(services.GetRequiredService<IHttpClientFactory>(), clock,
            services.GetRequiredService<ILogger<PowerBIPublisher>>(), _ => Credential);
    }

    public FakePowerBIServer Server { get; }

    public JumpingClock Clock { get; }

    public ListLoggerProvider Logs { get; }

    public FakeTokenCredential Credential { get; }

    public PowerBIPublisher Publisher { get; }

    public static async Task<PublisherHarness> StartAsync(TimeSpan? attemptTimeout = null)
    {
        var clock = new JumpingClock();
        var server = await FakePowerBIServer.StartAsync(clock);
        var logs = new ListLoggerProvider();
        var collection = new ServiceCollection();
        collection.AddLogging(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        collection.AddPowerBIPublisher(options => Shorten(options, attemptTimeout ?? TimeSpan.FromSeconds(30)));
        return new PublisherHarness(server, clock, collection.BuildServiceProvider(), logs);
    }

    public PowerBIOptions Options(PowerBIMode mode = PowerBIMode.Push, string? datasetName = null) => new()
    {
        WorkspaceId = Server.WorkspaceId, ApiBaseUri = Server.BaseUri, Mode = mode, DatasetName = datasetName,
    };

    /// <summary>Fails with every message when the fake saw a request outside the API description or a limit.</summary>
    public void AssertNoViolations()
    {
        Assert.True(Server.ContractViolations.Count == 0, string.Join(Environment.NewLine, Server.ContractViolations));
        Assert.True(Server.LimitViolations.Count == 0, string.Join(Environment.NewLine, Server.LimitViolations));
    }

    public Task<PowerBIPublication> PublishAsync(FactSet facts, PowerBIOptions options) =>
        Publisher.PublishAsync(facts, options, Path.Combine(Path.GetTempPath(), "unused"), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Server.DisposeAsync();
    }

    private static void Shorten(HttpStandardResilienceOptions options, TimeSpan attemptTimeout)
    {
        options.AttemptTimeout.Timeout = attemptTimeout;
        options.CircuitBreaker.SamplingDuration = attemptTimeout * 2;
        options.TotalRequestTimeout.Timeout = attemptTimeout * 5;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
    }
}
