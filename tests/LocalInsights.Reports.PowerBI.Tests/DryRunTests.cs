using System.Text;
using System.Text.Json;
using LocalInsights.Reports.PowerBI.Configuration;
using LocalInsights.Reports.PowerBI.Tests.Swagger;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>Publications without a workspace, which write the requests to files and send nothing.</summary>
public sealed class DryRunTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(),
        "powerbi-dry-run-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task DryRun_Push_WritesEveryRequest()
    {
        var options = new PowerBIOptions();
        options.Limits.MaxRowsPerRequest = 2;

        var publication = await PublishAsync(Facts.Small() with { Devices = Facts.Build(5).Devices }, options);

        Assert.Equal(PowerBIPublicationStatus.DryRun, publication.Status);
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(publication.Requests, files.Count);
        Assert.Equal($"dry run: {files.Count} requests written to {folder}; nothing was sent because "
            + "PowerBI:WorkspaceId is not set (workspace and dataset ids in the files are placeholders)",
            publication.Message);
        Assert.Equal("0001-GET-Datasets_GetDatasetsInGroup.json", files[0]);
        Assert.Equal("0002-POST-Datasets_PostDatasetInGroup.json", files[1]);
        Assert.Equal(3, files.Count(file => file!.Contains("PostRowsInGroup-devices", StringComparison.Ordinal)));
        Assert.Equal(7, files.Count(file => file!.Contains("DeleteRowsInGroup", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DryRun_Files_MatchApiDescription()
    {
        var publication = await PublishAsync(Facts.Small(), new PowerBIOptions());

        Assert.Equal(PowerBIPublicationStatus.DryRun, publication.Status);
        foreach (var file in Directory.GetFiles(folder))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = document.RootElement;
            var headers = root.GetProperty("headers");
            Assert.False(headers.TryGetProperty("Authorization", out _), $"{file} must not hold a token");
            var url = new Uri(root.GetProperty("url").GetString()!);
            Assert.Equal("api.powerbi.com", url.Host);
            var match = SwaggerContract.Shared.Match(root.GetProperty("method").GetString()!, url.AbsolutePath);
            Assert.NotNull(match);
            Assert.Equal(root.GetProperty("operationId").GetString(), match.Operation.OperationId);
            var query = root.GetProperty("query").EnumerateObject()
                .Select(pair => new KeyValuePair<string, string>(pair.Name, pair.Value.GetString()!)).ToList();
            var body = root.TryGetProperty("body", out var value) ? Encoding.UTF8.GetBytes(value.GetRawText()) : [];
            var contentType = headers.TryGetProperty("Content-Type", out var type) ? type.GetString() : null;
            Assert.Empty(SwaggerContract.Shared.Validate(match, query, contentType, body));
        }
    }

    [Fact]
    public async Task DryRun_Refresh_WritesRefreshRequests()
    {
        var options = new PowerBIOptions { Mode = PowerBIMode.Refresh, DatasetName = "Pilotage numérique" };

        var publication = await PublishAsync(Facts.Small(), options);

        Assert.Equal(PowerBIPublicationStatus.DryRun, publication.Status);
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(
        [
            "0001-GET-Datasets_GetDatasetsInGroup.json", "0002-GET-Datasets_GetRefreshHistoryInGroup.json",
            "0003-POST-Datasets_RefreshDatasetInGroup.json", "0004-GET-Datasets_GetRefreshHistoryInGroup.json",
        ], files);
        var refresh = File.ReadAllText(Path.Combine(folder, files[2]!));
        Assert.Contains("\"notifyOption\": \"NoNotification\"", refresh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_Again_ReplacesEarlierFiles()
    {
        await PublishAsync(Facts.Build(30), new PowerBIOptions { Limits = { MaxRowsPerRequest = 1 } });
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "kept");

        var publication = await PublishAsync(Facts.Build(1), new PowerBIOptions());

        Assert.Equal(publication.Requests + 1, Directory.GetFiles(folder).Length);
        Assert.True(File.Exists(Path.Combine(folder, "notes.txt")));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Task<PowerBIPublication> PublishAsync(Core.Aggregation.FactSet facts, PowerBIOptions options)
    {
        var publisher = new PowerBIPublisher(new NoHttpClientFactory(), new JumpingClock(),
            NullLogger<PowerBIPublisher>.Instance, _ =>
                throw new InvalidOperationException("A dry run asks no token."));
        return publisher.PublishAsync(facts, options, folder);
    }

    private sealed class NoHttpClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) =>
            throw new InvalidOperationException("A dry run creates no HTTP client.");
    }
}
