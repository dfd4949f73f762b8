using LocalInsights.Core.Storage;

namespace LocalInsights.Storage.AzureBlob;

/// <summary>Checks that a storage path is also a valid blob name.</summary>
/// <remarks>
/// Limits from the Azure Storage page "Naming and Referencing Containers, Blobs, and Metadata": a blob name
/// has 1 to 1,024 characters and at most 254 path segments, and names ending with a dot are to be avoided.
/// </remarks>
internal static class BlobNames
{
    public const int MaxLength = 1024;
    public const int MaxSegments = 254;

    public static void Validate(string path)
    {
        StoragePath.Validate(path);
        if (path.Length > MaxLength)
        {
            throw new ArgumentException(
                $"Storage path '{path[..40]}...' has {path.Length} characters, "
                + $"but a blob name has at most {MaxLength}.",
                nameof(path));
        }

        var segments = path.Count(character => character == '/') + 1;
        if (segments > MaxSegments)
        {
            throw new ArgumentException(
                $"Storage path '{path}' has {segments} segments, but a blob name has at most {MaxSegments}.",
                nameof(path));
        }

        if (path.EndsWith('.'))
        {
            throw new ArgumentException(
                $"Storage path '{path}' ends with '.', which Azure advises against in blob names. "
                + "Rename it without the trailing dot.",
                nameof(path));
        }
    }
}
