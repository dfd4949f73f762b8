using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Model;
using LocalInsights.Reports.PowerBI.Tests.Fake;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>
/// Publications of hundreds of thousands of rows against the fake service, which enforces the documented limits.
/// The clock jumps over every wait, so an hour of pacing takes seconds; all times checked are fake-clock times.
/// </summary>
public sealed class PushVolumeTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(10_000)]
    [InlineData(1_000)]
    public async Task Publish_250000Rows_StaysWithinLimits(int rowsPerRequest)
    {
        await using var harness = await PublisherHarness.StartAsync();
        var options = harness.Options();
        options.Limits.MaxRowsPerRequest = rowsPerRequest;

        var publication = await harness.PublishAsync(Facts.Build(250_000), options);

        harness.AssertNoViolations();
        Assert.True(publication.Status == PowerBIPublicationStatus.Published, publication.Message);
        var posts = PostWindows.AcceptedPosts(harness.Server);
        Assert.Equal(250_000 / rowsPerRequest, posts.Count);
        Assert.All(posts, post => Assert.InRange(post.Rows, 1, 10_000));
        Assert.Equal(250_000, posts.Sum(post => post.Rows));
        Assert.InRange(PostWindows.MaxRequests(posts, Minute), 1, 120);
        Assert.InRange(PostWindows.MaxRows(posts, Hour), 1, 1_000_000);
        Assert.InRange(harness.Server.MaxPendingPosts, 1, 5);
        Assert.DoesNotContain(harness.Server.Requests, request => request.StatusCode == 429);
        var rows = harness.Server.DatasetNamed("LocalInsights rennes").Tables["devices"].Rows;
        Assert.Equal(250_000, rows.Count);
        Assert.Equal(250_000, rows.Select(row => row.GetProperty("model").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Publish_AfterLargeTable_PacesPerHour()
    {
        await using var harness = await PublisherHarness.StartAsync();
        var options = harness.Options();
        options.Limits.MaxRowsPerRequest = 1_000;
        var facts = Facts.Build(250_000) with { PlatformUse = PlatformRows(5_000) };

        var publication = await harness.PublishAsync(facts, options);

        harness.AssertNoViolations();
        Assert.True(publication.Status == PowerBIPublicationStatus.Published, publication.Message);
        var posts = PostWindows.AcceptedPosts(harness.Server);
        var afterLarge = posts.Where(post => post.Table == "platform-use").ToList();
        Assert.Equal(5, afterLarge.Count);
        foreach (var post in afterLarge)
        {
            var lastHour = posts.Count(other => other.ArrivedAt > post.ArrivedAt - Hour
                && other.ArrivedAt <= post.ArrivedAt);
            Assert.InRange(lastHour, 1, 120);
        }

        Assert.InRange(PostWindows.MaxRequests(posts, Minute), 1, 120);
    }

    [Fact]
    public async Task Publish_LowerRowsPerHour_WaitsForWindow()
    {
        await using var harness = await PublisherHarness.StartAsync();
        harness.Server.Limits.RowsPerHour = 100_000;
        var options = harness.Options();
        options.Limits.MaxRowsPerHour = 100_000;

        var publication = await harness.PublishAsync(Facts.Build(250_000), options);

        harness.AssertNoViolations();
        Assert.True(publication.Status == PowerBIPublicationStatus.Published, publication.Message);
        var posts = PostWindows.AcceptedPosts(harness.Server);
        Assert.InRange(PostWindows.MaxRows(posts, Hour), 1, 100_000);
        Assert.True(posts[^1].ArrivedAt - posts[0].ArrivedAt > 2 * Hour,
            "250,000 rows at 100,000 an hour span more than two hours of the fake clock");
    }

    private static List<PlatformUseFact> PlatformRows(int count) =>
        Enumerable.Range(0, count).Select(index => new PlatformUseFact
        {
            Month = Facts.October2024, Uai = "0350122T", Platform = $"Platform {index:D5}", Role = PlatformRole.Student,
            ActiveUsers = 12, Basis = FigureBasis.Computed,
        }).ToList();
}
