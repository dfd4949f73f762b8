using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.Graph.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 that plays Graph: each path has a queue of responders used in turn, the last
/// one repeating. Every request is recorded. Graph URLs in served bodies are rewritten to this server.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    public const string Token = "fake-token";
    private const string PublicGraph = "https://graph.microsoft.com/v1.0";
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, List<Func<HttpContext, Task>>> _routes =
        new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.OrdinalIgnoreCase);

    private FakeGraphServer(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        Root = new Uri(address);
    }

    public Uri Root { get; }

    /// <summary>The Graph base URL to configure, with its version.</summary>
    public Uri BaseUrl => new(Root, "/v1.0");

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeGraphServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        server = new FakeGraphServer(app);
        return server;
    }

    /// <summary>Adds responders for <paramref name="path"/> (without the version, such as
    /// <c>/deviceManagement/managedDevices</c>), used in turn; the last repeats.</summary>
    public void On(string path, params Func<HttpContext, Task>[] responders) =>
        _routes.AddOrUpdate(VersionPath(path), _ => [.. responders], (_, list) => [.. list, .. responders]);

    /// <summary>Number of requests served for <paramref name="path"/>.</summary>
    public int CallsTo(string path) => _calls.GetValueOrDefault(VersionPath(path));

    /// <summary>Rewrites public Graph URLs of a recorded body to this server.</summary>
    public string Rewrite(string body) => body.Replace(PublicGraph, BaseUrl.ToString(), StringComparison.Ordinal);

    public Func<HttpContext, Task> Json(string body, int status = 200) => context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(Rewrite(body));
    };

    public Func<HttpContext, Task> JsonFile(string relativePath, int status = 200) =>
        Json(File.ReadAllText(TestFiles.Path(relativePath)), status);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string VersionPath(string path) => path.StartsWith("/v1.0", StringComparison.Ordinal)
        ? path
        : path.StartsWith("/download/", StringComparison.Ordinal) ? path : "/v1.0" + path;

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        Requests.Enqueue(new RecordedRequest(context.Request.Method, path, context.Request.QueryString.Value ?? "",
            context.Request.Headers.Authorization.ToString()));
        if (!path.StartsWith("/download/", StringComparison.Ordinal)
            && context.Request.Headers.Authorization != $"Bearer {Token}")
        {
            const string unauthorized =
                """{"error":{"code":"InvalidAuthenticationToken","message":"Access token is empty."}}""";
            return Json(unauthorized, 401)(context);
        }

        if (!_routes.TryGetValue(path, out var responders) || responders.Count == 0)
        {
            return Json("""{"error":{"code":"Request_ResourceNotFound","message":"No fake route."}}""", 404)(context);
        }

        var call = _calls.AddOrUpdate(path, 1, (_, count) => count + 1);
        return responders[Math.Min(call, responders.Count) - 1](context);
    }
}

/// <summary>A request the fake server received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string Authorization);
