using LocalInsights.Core.Storage;

namespace LocalInsights.Storage.Tests;

/// <summary>Runs the store contract against <see cref="LocalFolderStore"/> in a temporary folder.</summary>
public sealed class LocalFolderStoreContractTests : ObjectStoreContract
{
    private readonly string _root =
        Path.Combine(Path.GetTempPath(), "localinsights-store-" + Guid.NewGuid().ToString("N"));

    protected override Task<IObjectStore> CreateStoreAsync() =>
        Task.FromResult<IObjectStore>(new LocalFolderStore(_root));

    protected override Task DeleteStoreAsync()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>Checks that no temporary file of the abandoned write is left on disk.</summary>
    protected override Task AssertNoLeftoversAsync()
    {
        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
        return Task.CompletedTask;
    }
}
