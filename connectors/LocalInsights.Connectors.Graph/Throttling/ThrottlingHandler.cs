using System.Globalization;
using System.Net;
using LocalInsights.Core.Connectors;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.Graph.Throttling;

/// <summary>
/// Takes every request from its tenant's budget and retries throttled (429), unavailable (503), timed-out (504)
/// and unreachable requests, waiting for the time <c>Retry-After</c> requests, or with exponential backoff when
/// it is missing.
/// Every wait goes through the <see cref="TimeProvider"/> and counts against the pull's <see cref="WaitAllowance"/>.
/// </summary>
/// <remarks>It replaces the SDK's own retry handler, which applies neither the budgets nor the allowance.</remarks>
internal sealed class ThrottlingHandler(ThrottlingContext context) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = GraphRequestTarget.Of(request);
        for (var attempt = 0; ; attempt++)
        {
            await context.TakeBudgetAsync(target, cancellationToken).ConfigureAwait(false);
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException exception) when (!cancellationToken.IsCancellationRequested)
            {
                var wait = NetworkRetryWait(target, exception, attempt);
                await context.WaitAsync(wait, () => $"Graph at {target.Host} could not be reached.",
                    cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!IsRetryable(response.StatusCode))
            {
                return response;
            }

            var delay = RetryWait(target, response, attempt);
            response.Dispose();
            await context.WaitAsync(delay, () => $"Graph kept throttling {target.Describe()}.", cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private TimeSpan RetryWait(GraphRequestTarget target, HttpResponseMessage response, int attempt)
    {
        var status = (int)response.StatusCode;
        var requestId = RequestId(response);
        var requested = RetryAfter.Read(response.Headers, context.TimeProvider.GetUtcNow());
        if (requested > context.Options.MaxRetryAfter)
        {
            var until = context.TimeProvider.GetUtcNow() + requested.Value;
            throw new ConnectorException(
                $"Graph throttled {target.Describe()} ({status}, request-id {requestId}) and requested a retry "
                + "after "
                + $"{Seconds.Of(requested.Value)}, at "
                + $"{until.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}Z, "
                + $"which is longer than Throttling:MaxRetryAfter ({Seconds.Of(context.Options.MaxRetryAfter)}). "
                + "Run this pull again after that time; the other sources are not affected.");
        }

        if (attempt >= context.Options.MaxRetries)
        {
            throw new ConnectorException(
                $"Graph answered {status} to {target.Describe()} (request-id {requestId}) {attempt + 1} times, so "
                + $"the pull stops after {context.Options.MaxRetries} retries (Throttling:MaxRetries). Run it "
                + "again later; if it keeps failing, lower the load of other apps on this tenant.");
        }

        var wait = requested ?? context.Backoff(attempt);
        GraphLog.Retrying(context.Logger, status, target.Method, target.Path, requestId, attempt + 1,
            context.Options.MaxRetries, (long)wait.TotalMilliseconds, requested is not null);
        return wait;
    }

    private TimeSpan NetworkRetryWait(GraphRequestTarget target, HttpRequestException exception, int attempt)
    {
        if (attempt >= context.Options.MaxRetries)
        {
            throw new ConnectorException(
                $"Graph at {target.Host} could not be reached for {target.Describe()} after "
                + $"{context.Options.MaxRetries} retries: {exception.Message}. Check the network and BaseUrl.",
                exception);
        }

        var wait = context.Backoff(attempt);
        GraphLog.NetworkRetrying(context.Logger, target.Method, target.Path, exception.Message, attempt + 1,
            context.Options.MaxRetries, (long)wait.TotalMilliseconds);
        return wait;
    }

    internal static string RequestId(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("request-id", out var values)
        || response.Headers.NonValidated.TryGetValues("client-request-id", out values)
            ? values.FirstOrDefault() ?? "none"
            : "none";
}
