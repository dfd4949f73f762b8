namespace LocalInsights.Connectors.Graph.Throttling;

/// <summary>What a request is for: its method and path, and the budget it counts against.</summary>
internal sealed record GraphRequestTarget(
    string Method, string Host, string Path, GraphRequestCategory Category, string? Function)
{
    public static GraphRequestTarget Of(HttpRequestMessage request)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("A Graph request has no URI.");
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var reports = path.IndexOf("/reports/", StringComparison.OrdinalIgnoreCase);
        if (reports >= 0)
        {
            var function = path[(reports + "/reports/".Length)..];
            var parenthesis = function.IndexOf('(', StringComparison.Ordinal);
            function = parenthesis > 0 ? function[..parenthesis] : function;
            return new GraphRequestTarget(request.Method.Method, uri.Host, path, GraphRequestCategory.Reports,
                function);
        }

        var category = path.Contains("/deviceManagement/", StringComparison.OrdinalIgnoreCase)
            ? GraphRequestCategory.Devices
            : GraphRequestCategory.Directory;
        return new GraphRequestTarget(request.Method.Method, uri.Host, path, category, null);
    }

    public string Describe() => $"{Method} {Path}";
}
