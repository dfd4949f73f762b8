using System.Globalization;
using Azure.Identity;
using LocalInsights.Core.Connectors;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace LocalInsights.Connectors.Graph.Client;

/// <summary>
/// Turns what the SDK and Azure.Identity throw into a <see cref="ConnectorException"/> whose message says what
/// failed, with the status code and request id, and what to do. Tokens and secrets never appear in it.
/// </summary>
internal static class GraphErrors
{
    /// <summary>Runs <paramref name="call"/>, translating its failures; <paramref name="what"/> names the request
    /// and <paramref name="permission"/> the application permission it needs.</summary>
    public static async Task<T> CallAsync<T>(Func<Task<T>> call, string what, string permission, string tenant)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ApiException exception)
        {
            throw Describe(exception, what, permission);
        }
        catch (AuthenticationFailedException exception)
        {
            throw new ConnectorException($"Signing in to tenant {tenant} failed for {what}: {FirstLine(exception)} "
                + "Check TenantId, ClientId and the client secret or certificate.", exception);
        }
    }

    private static ConnectorException Describe(ApiException exception, string what, string permission)
    {
        var status = exception.ResponseStatusCode;
        var requestId = RequestId(exception);
        var detail = exception is ODataError { Error: { } error }
            ? $"{error.Code}: {error.Message}"
            : exception.Message;
        var advice = status switch
        {
            401 => "The token was rejected: check TenantId, ClientId, the credential and AuthorityHost for this cloud.",
            403 => $"The app registration lacks the application permission {permission}, or an administrator has "
                + "not granted admin consent for it.",
            404 => "The resource was not found: check BaseUrl (with its version, such as /v1.0).",
            _ => "Run the pull again later; if it keeps failing, look the request id up with Microsoft support.",
        };
        return new ConnectorException(string.Create(CultureInfo.InvariantCulture,
            $"Graph answered {status} to {what} (request-id {requestId}): {detail}. {advice}"), exception);
    }

    private static string RequestId(ApiException exception) =>
        exception.ResponseHeaders.TryGetValue("request-id", out var values)
        || exception.ResponseHeaders.TryGetValue("client-request-id", out values)
            ? values.FirstOrDefault() ?? "none"
            : "none";

    private static string FirstLine(Exception exception)
    {
        var message = exception.Message;
        var newline = message.IndexOfAny(['\r', '\n']);
        return newline > 0 ? message[..newline] : message;
    }
}
