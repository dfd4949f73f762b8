using LocalInsights.Reports.PowerBI.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace LocalInsights.Reports.PowerBI;

/// <summary>Registration of the Power BI publisher.</summary>
public static class PowerBIServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PowerBIPublisher"/> and its <see cref="HttpClient"/> with the standard resilience
    /// handler, tuned for Power BI: 100 s per attempt (a POST of 10,000 rows can be slow), 3 retries with the
    /// service's Retry-After, and no resend of a POST after a timeout or 5xx, when it may have been applied.
    /// Calling it again adds nothing.
    /// </summary>
    /// <param name="configureResilience">
    /// Changes the handler's settings after these defaults, for example in tests.
    /// </param>
    public static IServiceCollection AddPowerBIPublisher(
        this IServiceCollection services, Action<HttpStandardResilienceOptions>? configureResilience = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(PowerBIPublisher)))
        {
            return services;
        }

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(PowerBIPublisher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler(options =>
            {
                Configure(options);
                configureResilience?.Invoke(options);
            });
        services.AddSingleton(provider => new PowerBIPublisher(
            provider.GetRequiredService<IHttpClientFactory>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<PowerBIPublisher>>()));
        return services;
    }

    private static void Configure(HttpStandardResilienceOptions options)
    {
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(100);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(10);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(200);
        options.Retry.MaxRetryAttempts = 3;
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome,
            arguments.Context.GetRequestMessage()));

        // A 429 reports throttling, not a fault of the service, so it does not open the circuit.
        options.CircuitBreaker.ShouldHandle = arguments => ValueTask.FromResult(
            arguments.Outcome.Result?.StatusCode != System.Net.HttpStatusCode.TooManyRequests
            && HttpClientResiliencePredicates.IsTransient(arguments.Outcome));
    }

    // A 429 means the service did not apply the request, so any method may be resent. After a timeout or a 5xx
    // the service may have applied it, so only methods other than POST are resent. The publisher retries POST rows
    // itself.
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (request is null || request.Options.TryGetValue(PowerBIHttpOptions.RetriedByCaller, out var byCaller)
            && byCaller)
        {
            return false;
        }

        if (outcome.Result?.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        return request.Method != HttpMethod.Post && HttpClientResiliencePredicates.IsTransient(outcome);
    }
}
