namespace LocalInsights.Core.Storage;

/// <summary>Builds and checks the paths of the storage layout shared by every store.</summary>
/// <remarks>
/// Layout per environment: <c>{environment}/raw/</c> (what a source returned, compressed),
/// <c>canonical/</c>, <c>aggregates/</c>, <c>rejects/</c> and <c>runs/</c>.
/// </remarks>
public static class StoragePath
{
    public const string Raw = "raw";
    public const string Canonical = "canonical";
    public const string Aggregates = "aggregates";
    public const string Rejects = "rejects";
    public const string Runs = "runs";

    public static string Combine(params string[] segments)
    {
        foreach (var segment in segments)
        {
            ValidateSegment(segment);
        }

        return string.Join('/', segments);
    }

    /// <summary>Rejects empty segments, <c>.</c> and <c>..</c>, backslashes and control characters.</summary>
    public static void Validate(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        foreach (var segment in path.Split('/'))
        {
            ValidateSegment(segment);
        }
    }

    private static void ValidateSegment(string segment)
    {
        if (segment.Length == 0 || segment is "." or ".." || segment.Contains('\\', StringComparison.Ordinal)
            || segment.Any(char.IsControl))
        {
            throw new ArgumentException(
                $"Storage path segment '{segment}' is invalid: use non-empty names without '\\', '.' or '..'.");
        }
    }
}
