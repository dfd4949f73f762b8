using System.Net.Http.Headers;
using Azure.Core;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LocalInsights.Reports.PowerBI.Http;

/// <summary>
/// Sends requests over an <see cref="HttpClient"/> that carries the standard resilience handler, with a bearer
/// token for the Power BI API from an Entra ID credential.
/// </summary>
internal sealed class HttpPowerBITransport(
    HttpClient httpClient, TokenCredential credential, Uri apiBaseUri, TimeProvider timeProvider)
    : IPowerBITransport, IDisposable
{
    /// <summary>OAuth scope of the Power BI REST API for app-only tokens.</summary>
    public const string Scope = "https://analysis.windows.net/powerbi/api/.default";

    private static readonly TimeSpan TokenRenewalMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim tokenLock = new(1, 1);
    private AccessToken? token;

    public void Dispose() => tokenLock.Dispose();

    public async Task<PowerBIResponse> SendAsync(PowerBIRequest request, CancellationToken cancellationToken)
    {
        var accessToken = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        using var message = CreateMessage(request, accessToken);
        try
        {
            using var response = await httpClient.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return new PowerBIResponse(response.StatusCode, RequestIdOf(response), RetryAfterOf(response), body);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsNoResponse(exception))
        {
            throw PowerBIRequestException.NoResponse(request, ReasonOf(exception), exception);
        }
    }

    private HttpRequestMessage CreateMessage(PowerBIRequest request, string accessToken)
    {
        var message = new HttpRequestMessage(request.Method, new Uri(apiBaseUri, request.PathAndQuery));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(PowerBIRequest.JsonContentType);
        }

        if (request.OperationId == PowerBIOperations.PostRows)
        {
            message.Options.Set(PowerBIHttpOptions.RetriedByCaller, true);
        }

        return message;
    }

    private async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        await tokenLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (token is not { } current || current.ExpiresOn - TokenRenewalMargin <= timeProvider.GetUtcNow())
            {
                current = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken)
                    .ConfigureAwait(false);
                token = current;
            }

            return current.Token;
        }
        finally
        {
            tokenLock.Release();
        }
    }

    private static string? RequestIdOf(HttpResponseMessage response)
    {
        foreach (var name in new[] { "RequestId", "x-ms-request-id" })
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                return values.FirstOrDefault();
            }
        }

        return null;
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - timeProvider.GetUtcNow() : null;
    }

    private static bool IsNoResponse(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
            or TaskCanceledException;

    private static string ReasonOf(Exception exception) => exception switch
    {
        TimeoutRejectedException timeout => $"timed out after {timeout.Timeout.TotalSeconds:0} s",
        TaskCanceledException => "timed out",
        BrokenCircuitException => "not sent because recent requests kept failing (circuit open)",
        _ => exception.Message,
    };
}
