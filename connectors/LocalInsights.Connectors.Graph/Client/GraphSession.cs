using Azure.Core;
using LocalInsights.Connectors.Graph.Throttling;
using LocalInsights.Core.Connectors;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using GraphHttpClientFactory = Microsoft.Graph.GraphClientFactory;

namespace LocalInsights.Connectors.Graph.Client;

/// <summary>
/// The SDK client of one pull, with its HTTP pipeline: the SDK's default handlers, except that its retry handler
/// is replaced by the <see cref="ThrottlingHandler"/>, over the network or over recorded responses.
/// </summary>
internal sealed class GraphSession : IDisposable
{
    private readonly HttpClient _httpClient;

    private GraphSession(GraphServiceClient client, HttpClient httpClient, ThrottlingContext throttling)
    {
        Client = client;
        _httpClient = httpClient;
        Throttling = throttling;
    }

    public GraphServiceClient Client { get; }

    public ThrottlingContext Throttling { get; }

    public static GraphSession Open(GraphConnectorOptions options, PullContext context,
        IGraphCredentialFactory credentials, GraphRequestBudgets budgets)
    {
        var throttling = new ThrottlingContext(options.TenantId.Trim(), options.Throttling, budgets,
            context.TimeProvider, context.Logger);
        HttpMessageHandler? transport = null;
        TokenCredential credential;
        if (!string.IsNullOrWhiteSpace(options.RecordedResponses))
        {
            var folder = context.ResolvePath(options.RecordedResponses);
            transport = RecordedResponseHandler.Load(folder,
                ConnectorFiles.SettingsKey(context, nameof(options.RecordedResponses)));
            credential = new RecordedResponseCredential();
            GraphLog.Replaying(context.Logger, folder);
        }
        else
        {
            credential = credentials.Create(options, context);
            GraphLog.Connecting(context.Logger, options.BaseUrl, options.TenantId, options.Authentication);
        }

        var httpClient = CreateHttpClient(throttling, transport);
        var authentication = new AzureIdentityAuthenticationProvider(credential, [options.BaseUrl.Host], null,
            false, options.EffectiveScope);
        var client = new GraphServiceClient(httpClient, authentication, options.BaseUrl.ToString().TrimEnd('/'));
        return new GraphSession(client, httpClient, throttling);
    }

    public void Dispose() => _httpClient.Dispose();

    private static HttpClient CreateHttpClient(ThrottlingContext throttling, HttpMessageHandler? transport)
    {
        var handlers = GraphHttpClientFactory.CreateDefaultHandlers();
        var retry = handlers.FirstOrDefault(handler => handler is RetryHandler);
        var position = retry is null ? 0 : handlers.IndexOf(retry);
        if (retry is not null)
        {
            handlers.Remove(retry);
            retry.Dispose();
        }

        handlers.Insert(position, new ThrottlingHandler(throttling));
        return GraphHttpClientFactory.Create(handlers, finalHandler: transport);
    }
}
