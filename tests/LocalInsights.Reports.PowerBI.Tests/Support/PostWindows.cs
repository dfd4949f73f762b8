using LocalInsights.Reports.PowerBI.Tests.Fake;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>Counts of POST rows requests and rows in sliding windows of the fake clock.</summary>
internal static class PostWindows
{
    /// <summary>Returns the most requests that arrived in any window (t - <paramref name="window"/>, t].</summary>
    public static int MaxRequests(IReadOnlyList<FakeRequestRecord> posts, TimeSpan window) =>
        posts.Count == 0 ? 0 : posts.Max(post => posts.Count(other => InWindow(other, post.ArrivedAt, window)));

    /// <summary>Returns the most rows that arrived in any window (t - <paramref name="window"/>, t].</summary>
    public static long MaxRows(IReadOnlyList<FakeRequestRecord> posts, TimeSpan window) =>
        posts.Count == 0
            ? 0
            : posts.Max(post => posts.Where(other => InWindow(other, post.ArrivedAt, window))
                .Sum(other => (long)other.Rows));

    /// <summary>Returns the accepted POST rows requests in arrival order.</summary>
    public static IReadOnlyList<FakeRequestRecord> AcceptedPosts(FakePowerBIServer server) =>
        server.Requests
            .Where(request => request.OperationId == "Datasets_PostRowsInGroup" && request.StatusCode == 200)
            .OrderBy(request => request.ArrivedAt)
            .ToList();

    private static bool InWindow(FakeRequestRecord record, DateTimeOffset end, TimeSpan window) =>
        record.ArrivedAt > end - window && record.ArrivedAt <= end;
}
