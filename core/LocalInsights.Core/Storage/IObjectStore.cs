namespace LocalInsights.Core.Storage;

/// <summary>
/// Where LocalInsights keeps what it pulls and computes: a local folder or an Azure Blob Storage container.
/// Paths use <c>/</c> and are relative to the store's root.
/// </summary>
/// <remarks>
/// An object written through <see cref="CreateAsync"/> becomes visible to readers only when
/// <see cref="ObjectWriter.CommitAsync"/> succeeds, and then replaces any earlier object at that path whole.
/// Disposing a writer without committing discards what was written.
/// </remarks>
public interface IObjectStore
{
    /// <summary>Where the store points, for messages: a folder path or a container URI.</summary>
    string Location { get; }

    ValueTask<ObjectWriter> CreateAsync(string path, CancellationToken cancellationToken);

    /// <summary>Opens a committed object, or returns null when there is none at <paramref name="path"/>.</summary>
    ValueTask<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken);

    /// <summary>Lists committed objects whose path starts with <paramref name="prefix"/>, in ordinal order.</summary>
    IAsyncEnumerable<StoredObject> ListAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Deletes the object at <paramref name="path"/>; returns false when there was none.</summary>
    ValueTask<bool> DeleteAsync(string path, CancellationToken cancellationToken);
}

/// <summary>A committed object: its path, size in bytes and time of last change.</summary>
public sealed record StoredObject(string Path, long Length, DateTimeOffset LastModified);

/// <summary>
/// A pending write. Write to <see cref="Stream"/>, then call <see cref="CommitAsync"/>; disposing without a
/// commit discards the data.
/// </summary>
public abstract class ObjectWriter : IAsyncDisposable
{
    public abstract Stream Stream { get; }

    public abstract ValueTask CommitAsync(CancellationToken cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    protected abstract ValueTask DisposeAsyncCore();
}
