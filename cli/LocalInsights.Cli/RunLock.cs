using LocalInsights.Core.Storage;

namespace LocalInsights.Cli;

/// <summary>
/// Keeps two command-line runs of the same environment from sharing a local store at the same time: the second
/// would delete the first one's files when it replaces the month. Azure Blob stores are guarded by the Functions
/// app's leases instead.
/// </summary>
internal sealed class RunLock : IDisposable
{
    private readonly FileStream? _file;

    private RunLock(FileStream? file)
    {
        _file = file;
    }

    /// <summary>Takes the lock of <paramref name="environment"/>, or throws when another run has it.</summary>
    public static RunLock Acquire(IObjectStore store, string environment)
    {
        if (store is not LocalFolderStore)
        {
            return new RunLock(null);
        }

        var path = Path.Combine(store.Location, $".{environment}.run.lock");
        try
        {
            return new RunLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None,
                1, FileOptions.DeleteOnClose));
        }
        catch (IOException exception)
        {
            throw new CliUsageException(
                $"Another run of environment {environment} is using the store {store.Location} ({path} is locked): "
                + "wait for it to finish, then run again.", exception);
        }
    }

    public void Dispose() => _file?.Dispose();
}
