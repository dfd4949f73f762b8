using Microsoft.AspNetCore.Http;

namespace LocalInsights.Connectors.Graph.Tests.Support;

/// <summary>Serves a usage report as Graph does: a 302 to a pre-authenticated download of the CSV.</summary>
public static class ReportRoutes
{
    public static void ServeReport(this FakeGraphServer server, string function, string period, byte[] csv)
    {
        var download = $"/download/{function}-{Guid.NewGuid():N}";
        server.On($"/reports/{function}(period='{period}')", context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = new Uri(server.Root, download).ToString();
            return Task.CompletedTask;
        });
        server.On(download, async context =>
        {
            context.Response.ContentType = "application/octet-stream";
            await context.Response.Body.WriteAsync(csv);
        });
    }

    public static void ServeUsers(this FakeGraphServer server, string json) => server.On("/users", server.Json(json));
}
