using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using LocalInsights.Core.Configuration;
using LocalInsights.Core.Storage;
using LocalInsights.Storage.AzureBlob;
using LocalInsights.Testing;

namespace LocalInsights.Storage.Tests;

/// <summary>Behaviour of <see cref="AzureBlobStore"/> beyond the store contract, on Azurite.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class AzureBlobStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int MiB = 1024 * 1024;

    // A valid base64 key that is not the emulator's, so every request fails authentication.
    private const string WrongKey = "V3JvbmdLZXlGb3JUZXN0c1dyb25nS2V5Rm9yVGVzdHNXcm9uZ0tleUZvclRlc3Rz";

    private readonly string _containerName = "store-" + Guid.NewGuid().ToString("N");

    private BlobContainerClient Container => new(azurite.ConnectionString, _containerName);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Container.DeleteIfExistsAsync();

    [Fact]
    public async Task Write_MissingContainer_CreatesIt()
    {
        var store = CreateStore(azurite.ConnectionString);
        Assert.False((await Container.ExistsAsync()).Value);

        await store.WriteAllBytesAsync("env/a.txt", "x"u8.ToArray(), CancellationToken.None);

        Assert.True((await Container.ExistsAsync()).Value);
    }

    [Fact]
    public async Task MissingContainer_Reads_AsEmpty()
    {
        var store = CreateStore(azurite.ConnectionString);

        Assert.Null(await store.OpenReadAsync("env/a.txt", CancellationToken.None));
        Assert.Empty(await store.ListAsync("env/", CancellationToken.None).ToListAsync());
        Assert.False(await store.DeleteAsync("env/a.txt", CancellationToken.None));
    }

    [Fact]
    public async Task Large_Write_StagesFourMiBBlocks()
    {
        var store = CreateStore(azurite.ConnectionString);
        var content = new byte[(10 * MiB) + 1];

        await store.WriteAllBytesAsync("env/raw/large.bin", content, CancellationToken.None);

        var blocks = (await Container.GetBlockBlobClient("env/raw/large.bin").GetBlockListAsync()).Value;
        var sizes = blocks.CommittedBlocks.Select(block => block.SizeLong).ToArray();
        Assert.Equal([4 * MiB, 4 * MiB, (2 * MiB) + 1], sizes);
        Assert.Empty(blocks.UncommittedBlocks);
    }

    [Fact]
    public async Task ConcurrentWriters_SamePath_NeverMix()
    {
        var store = CreateStore(azurite.ConnectionString);
        var slowContent = Filled((5 * MiB) + 7, (byte)'s');
        var fastContent = Filled((5 * MiB) + 3, (byte)'f');
        await using var slow = await store.CreateAsync("env/state.json", CancellationToken.None);
        await slow.Stream.WriteAsync(slowContent, CancellationToken.None);
        await store.WriteAllBytesAsync("env/state.json", fastContent, CancellationToken.None);

        // Azure documents that a block list commit deletes the uncommitted blocks it leaves out, so there the slow
        // commit fails with InvalidBlockList. Azurite 3.35 keeps them, and the slow commit replaces the blob.
        var failure = await Record.ExceptionAsync(async () => await slow.CommitAsync(CancellationToken.None));
        var stored = await store.ReadAllBytesAsync("env/state.json", CancellationToken.None);

        if (failure is null)
        {
            Assert.Equal(slowContent, stored);
        }
        else
        {
            var exception = Assert.IsType<BlobStoreException>(failure);
            Assert.Equal("InvalidBlockList", exception.ErrorCode);
            Assert.Equal(fastContent, stored);
        }
    }

    [Fact]
    public async Task WrongKey_Read_NamesBlobAndRequestId()
    {
        var store = CreateStore(ConnectionStringWithKey(WrongKey));

        var exception = await Assert.ThrowsAsync<BlobStoreException>(
            async () => await store.OpenReadAsync("env/a.txt", CancellationToken.None));

        Assert.Equal(403, exception.Status);
        Assert.NotNull(exception.RequestId);
        Assert.Contains($"container '{_containerName}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'env/a.txt'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 403", exception.Message, StringComparison.Ordinal);
        Assert.Contains(exception.RequestId, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongKey, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongKey_Write_NamesContainer()
    {
        var store = CreateStore(ConnectionStringWithKey(WrongKey));

        var exception = await Assert.ThrowsAsync<BlobStoreException>(
            async () => await store.CreateAsync("env/a.txt", CancellationToken.None));

        Assert.Equal(403, exception.Status);
        Assert.Null(exception.BlobPath);
        Assert.Equal(_containerName, exception.Container);
        Assert.StartsWith(
            $"Azure Blob Storage request to create container '{_containerName}' returned HTTP 403",
            exception.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_Read_ReportsNoResponse()
    {
        var connectionString = $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};"
            + $"AccountKey={AzuriteFixture.AccountKey};"
            + $"BlobEndpoint=http://127.0.0.1:{UnusedPort()}/{AzuriteFixture.AccountName};";
        var clientOptions = new BlobClientOptions();

        // After a retry the SDK throws an AggregateException, which the store unwraps too.
        clientOptions.Retry.MaxRetries = 1;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(1);
        var store = CreateStore(connectionString, clientOptions);

        var exception = await Assert.ThrowsAsync<BlobStoreException>(
            async () => await store.OpenReadAsync("env/a.txt", CancellationToken.None));

        Assert.Equal(0, exception.Status);
        Assert.Contains("got no response (Connection refused", exception.Message, StringComparison.Ordinal);
        Assert.IsType<AggregateException>(exception.InnerException);
        Assert.DoesNotContain(AzuriteFixture.AccountKey, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("env/a.")]
    [InlineData("env/a...")]
    public async Task TrailingDot_Path_Rejected(string path)
    {
        var store = CreateStore(azurite.ConnectionString);

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            async () => await store.CreateAsync(path, CancellationToken.None));

        Assert.Contains("ends with '.'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongPath_Rejected()
    {
        var store = CreateStore(azurite.ConnectionString);
        var path = "env/" + new string('a', 1021);

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            async () => await store.OpenReadAsync(path, CancellationToken.None));

        Assert.Contains("has 1025 characters", exception.Message, StringComparison.Ordinal);
    }

    private AzureBlobStore CreateStore(string connectionString, BlobClientOptions? clientOptions = null)
    {
        var options = new StorageOptions
        {
            Kind = StorageKind.AzureBlob,
            ConnectionString = connectionString,
            Container = _containerName,
        };
        return AzureBlobStore.Create(options, clientOptions);
    }

    private static byte[] Filled(int length, byte value)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, value);
        return bytes;
    }

    private string ConnectionStringWithKey(string key) =>
        azurite.ConnectionString.Replace(AzuriteFixture.AccountKey, key, StringComparison.Ordinal);

    /// <summary>Returns a 127.0.0.1 port that was free a moment ago and that nothing listens on.</summary>
    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
