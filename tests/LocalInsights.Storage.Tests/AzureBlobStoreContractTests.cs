using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using LocalInsights.Core.Configuration;
using LocalInsights.Core.Storage;
using LocalInsights.Storage.AzureBlob;
using LocalInsights.Testing;

namespace LocalInsights.Storage.Tests;

/// <summary>Runs the store contract against <see cref="AzureBlobStore"/> on Azurite, one container per test.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class AzureBlobStoreContractTests(AzuriteFixture azurite) : ObjectStoreContract
{
    private readonly string _containerName = "contract-" + Guid.NewGuid().ToString("N");

    protected override Task<IObjectStore> CreateStoreAsync()
    {
        var options = new StorageOptions
        {
            Kind = StorageKind.AzureBlob,
            ConnectionString = azurite.ConnectionString,
            Container = _containerName,
        };
        return Task.FromResult<IObjectStore>(AzureBlobStore.Create(options));
    }

    protected override async Task DeleteStoreAsync()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, _containerName);
        await container.DeleteIfExistsAsync();
    }

    /// <summary>Checks that the abandoned write left no committed blob. Its uncommitted blocks may remain.</summary>
    protected override async Task AssertNoLeftoversAsync()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, _containerName);
        var committed = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, Token))
        {
            committed.Add(blob.Name);
        }

        Assert.Empty(committed);
    }
}
