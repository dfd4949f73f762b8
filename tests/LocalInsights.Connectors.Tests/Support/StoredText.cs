using System.IO.Compression;
using System.Text;

namespace LocalInsights.Connectors.Tests.Support;

/// <summary>
/// Reads every file under a folder as text, decompressing <c>.gz</c> files, to search stored bytes. Binary platform
/// activity files (<c>.bin</c>) are read as they are, because they store their strings as plain UTF-8.
/// </summary>
public static class StoredText
{
    /// <summary>Returns each file's path and decoded text; gzip files are decompressed first.</summary>
    public static async Task<IReadOnlyList<(string Path, string Text)>> ReadAllAsync(string folder)
    {
        var files = new List<(string, string)>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var bytes = await File.ReadAllBytesAsync(path);
            if (path.EndsWith(".gz", StringComparison.Ordinal))
            {
                using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                await gzip.CopyToAsync(plain);
                bytes = plain.ToArray();
            }

            files.Add((path, Encoding.UTF8.GetString(bytes)));
        }

        return files;
    }
}
