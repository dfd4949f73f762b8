using System.Runtime.CompilerServices;

namespace LocalInsights.Core.Storage;

/// <summary>
/// An <see cref="IObjectStore"/> over a folder of the local disk, the default when no Azure storage is set.
/// </summary>
/// <remarks>
/// A write goes to a hidden temporary file next to its target and is renamed over it on commit, so a reader
/// sees either the previous object or the new one whole. Temporary files are never listed.
/// </remarks>
public sealed class LocalFolderStore : IObjectStore
{
    private const string TemporarySuffix = ".partial";
    private readonly string _root;

    public LocalFolderStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public string Location => _root;

    public ValueTask<ObjectWriter> CreateAsync(string path, CancellationToken cancellationToken)
    {
        var target = Resolve(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = Path.Combine(
            Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{TemporarySuffix}");
        return ValueTask.FromResult<ObjectWriter>(new FileObjectWriter(temporary, target));
    }

    public ValueTask<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken)
    {
        var target = Resolve(path);
        try
        {
            Stream stream = new FileStream(
                target, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
            return ValueTask.FromResult<Stream?>(stream);
        }
        catch (FileNotFoundException)
        {
            return ValueTask.FromResult<Stream?>(null);
        }
        catch (DirectoryNotFoundException)
        {
            return ValueTask.FromResult<Stream?>(null);
        }
    }

    public async IAsyncEnumerable<StoredObject> ListAsync(
        string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (!Directory.Exists(_root))
        {
            yield break;
        }

        // The prefix may end inside a file or folder name, so the walk starts at the deepest whole folder.
        var folder = prefix.Contains('/', StringComparison.Ordinal) ? prefix[..prefix.LastIndexOf('/')] : string.Empty;
        var start = folder.Length == 0 ? _root : Resolve(folder);
        if (!Directory.Exists(start))
        {
            yield break;
        }

        var found = new List<StoredObject>();
        foreach (var file in Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            if (name.StartsWith('.') && name.EndsWith(TemporarySuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = Path.GetRelativePath(_root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (relative.StartsWith(prefix, StringComparison.Ordinal))
            {
                var info = new FileInfo(file);
                found.Add(new StoredObject(relative, info.Length, info.LastWriteTimeUtc));
            }
        }

        found.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        foreach (var item in found)
        {
            yield return item;
        }
    }

    public ValueTask<bool> DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var target = Resolve(path);
        if (!File.Exists(target))
        {
            return ValueTask.FromResult(false);
        }

        File.Delete(target);
        RemoveEmptyFolders(Path.GetDirectoryName(target)!);
        return ValueTask.FromResult(true);
    }

    /// <summary>Removes folders left empty by a delete, up to the root, as a blob container has no folders.</summary>
    private void RemoveEmptyFolders(string folder)
    {
        while (folder.Length > _root.Length && folder.StartsWith(_root, StringComparison.Ordinal))
        {
            try
            {
                if (Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    return;
                }

                Directory.Delete(folder);
            }
            catch (IOException)
            {
                // Another writer created something in the folder meanwhile: it is not empty any more.
                return;
            }

            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private string Resolve(string path)
    {
        StoragePath.Validate(path);
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Storage path '{path}' leaves the store root {_root}.", nameof(path));
        }

        return full;
    }

    private sealed class FileObjectWriter(string temporaryPath, string targetPath) : ObjectWriter
    {
        private readonly FileStream _stream = new(
            temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);

        private bool _committed;

        public override Stream Stream => _stream;

        public override async ValueTask CommitAsync(CancellationToken cancellationToken)
        {
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            _stream.Flush(flushToDisk: true);
            await _stream.DisposeAsync().ConfigureAwait(false);
            File.Move(temporaryPath, targetPath, overwrite: true);
            _committed = true;
        }

        protected override async ValueTask DisposeAsyncCore()
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            if (!_committed && File.Exists(temporaryPath))
            {
                File.Delete(temporaryPath);
            }
        }
    }
}
