using System.IO.Compression;

namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>
/// Copies the entries of a zip package into a new file, replacing one entry with content written by a callback
/// straight into the compressed output.
/// </summary>
/// <remarks>
/// The Open XML SDK 2.20 opens packages for editing through System.IO.Packaging, which uses
/// <see cref="ZipArchiveMode.Update"/>, and in that mode .NET keeps the content of the whole archive in memory until
/// it is disposed (documented on <see cref="ZipArchiveMode"/>). A sheet of a million rows would then sit in memory as
/// uncompressed XML. Here it goes to an archive in create mode, which compresses each entry to the file as it is
/// written.
/// </remarks>
internal static class PackageRewriter
{
    public static async Task<T> RewriteAsync<T>(
        string sourcePath,
        string destinationPath,
        string replacedEntryName,
        Func<Stream, CancellationToken, Task<T>> writeReplacement,
        CancellationToken cancellationToken)
    {
        using var source = ZipFile.OpenRead(sourcePath);
        var replaced = source.GetEntry(replacedEntryName) ?? throw new InvalidOperationException(
            $"The package '{sourcePath}' has no entry '{replacedEntryName}' to replace.");

        await using var file = new FileStream(
            destinationPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, useAsync: false);
        using var destination = new ZipArchive(file, ZipArchiveMode.Create);
        var result = default(T)!;
        foreach (var entry in source.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReferenceEquals(entry, replaced))
            {
                result = await WriteEntryAsync(destination, entry.FullName, writeReplacement, cancellationToken);
            }
            else
            {
                await CopyEntryAsync(entry, destination, cancellationToken);
            }
        }

        return result;
    }

    private static async Task<T> WriteEntryAsync<T>(
        ZipArchive destination,
        string name,
        Func<Stream, CancellationToken, Task<T>> write,
        CancellationToken cancellationToken)
    {
        // The fastest deflate level: the device list is large and repetitive, so it still compresses well.
        var entry = destination.CreateEntry(name, CompressionLevel.Fastest);
        await using var stream = entry.Open();
        return await write(stream, cancellationToken);
    }

    private static async Task CopyEntryAsync(
        ZipArchiveEntry entry, ZipArchive destination, CancellationToken cancellationToken)
    {
        var copy = destination.CreateEntry(entry.FullName, CompressionLevel.Optimal);
        copy.LastWriteTime = entry.LastWriteTime;
        await using var input = entry.Open();
        await using var output = copy.Open();
        await input.CopyToAsync(output, cancellationToken);
    }
}
