namespace LocalInsights.Core.Storage;

public static class ObjectStoreExtensions
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> and commits it.</summary>
    public static async Task WriteAllBytesAsync(
        this IObjectStore store, string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await using var writer = await store.CreateAsync(path, cancellationToken).ConfigureAwait(false);
        await writer.Stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
        await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a whole committed object, or returns null when there is none.</summary>
    public static async Task<byte[]?> ReadAllBytesAsync(
        this IObjectStore store, string path, CancellationToken cancellationToken)
    {
        var stream = await store.OpenReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (stream is null)
        {
            return null;
        }

        await using (stream.ConfigureAwait(false))
        {
            if (stream.CanSeek && stream.Length - stream.Position is var length and >= 0 and <= int.MaxValue)
            {
                // One array of the object's size, instead of a growing buffer and its copy: summaries of large
                // pulls take tens of megabytes.
                var bytes = new byte[length];
                await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
                if (await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) == 0)
                {
                    return bytes;
                }

                throw new IOException($"Object {path} changed while it was read: it is longer than when the read "
                    + "began. Read it again once its writer has finished.");
            }

            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }
    }

    /// <summary>Deletes every committed object under <paramref name="prefix"/> and returns how many.</summary>
    public static async Task<int> DeletePrefixAsync(
        this IObjectStore store, string prefix, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        await foreach (var item in store.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            paths.Add(item.Path);
        }

        foreach (var path in paths)
        {
            await store.DeleteAsync(path, cancellationToken).ConfigureAwait(false);
        }

        return paths.Count;
    }
}
