using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using LocalInsights.Core.Storage;

namespace LocalInsights.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IObjectStore"/> must show. Each derived class runs these tests against one
/// store kind, with a fresh, empty store for every test.
/// </summary>
public abstract class ObjectStoreContract : IAsyncLifetime, IDisposable
{
    private const int MiB = 1024 * 1024;

    // Bounds a hung request, because no test needs more than a few seconds.
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));

    protected IObjectStore Store { get; private set; } = null!;

    protected CancellationToken Token => _timeout.Token;

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public Task DisposeAsync() => DeleteStoreAsync();

    public void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Creates an empty store used by one test only.</summary>
    protected abstract Task<IObjectStore> CreateStoreAsync();

    /// <summary>Deletes the store and everything in it.</summary>
    protected abstract Task DeleteStoreAsync();

    [Fact]
    public async Task Write_ThenRead_ReturnsBytes()
    {
        var content = Encoding.UTF8.GetBytes("UAI;effectif\n0750001A;412\n");

        await Store.WriteAllBytesAsync("env/canonical/students.csv", content, Token);

        Assert.Equal(content, await Store.ReadAllBytesAsync("env/canonical/students.csv", Token));
    }

    [Fact]
    public async Task Write_EmptyObject_ReadsEmpty()
    {
        await Store.WriteAllBytesAsync("env/empty.bin", ReadOnlyMemory<byte>.Empty, Token);

        var read = await Store.ReadAllBytesAsync("env/empty.bin", Token);

        Assert.NotNull(read);
        Assert.Empty(read);
    }

    [Fact]
    public async Task OpenRead_Missing_ReturnsNull()
    {
        await Store.WriteAllBytesAsync("env/present.txt", "x"u8.ToArray(), Token);

        Assert.Null(await Store.OpenReadAsync("env/absent.txt", Token));
        Assert.Null(await Store.OpenReadAsync("other/folder/absent.txt", Token));
    }

    [Fact]
    public async Task Uncommitted_Write_NotVisible()
    {
        await using var writer = await Store.CreateAsync("env/pending.bin", Token);

        // More than one 4 MiB block, so a block store has already staged data.
        await writer.Stream.WriteAsync(RandomBytes(5 * MiB, seed: 1), Token);

        Assert.Null(await Store.OpenReadAsync("env/pending.bin", Token));
        Assert.Empty(await ListPathsAsync("env/"));
    }

    [Fact]
    public async Task Dispose_WithoutCommit_LeavesNothing()
    {
        await using (var writer = await Store.CreateAsync("env/abandoned.bin", Token))
        {
            await writer.Stream.WriteAsync(RandomBytes(5 * MiB, seed: 2), Token);
        }

        Assert.Null(await Store.OpenReadAsync("env/abandoned.bin", Token));
        Assert.Empty(await ListPathsAsync(string.Empty));
        await AssertNoLeftoversAsync();
    }

    [Fact]
    public async Task Dispose_WithoutCommit_KeepsPrevious()
    {
        var previous = RandomBytes(1000, seed: 3);
        await Store.WriteAllBytesAsync("env/state.json", previous, Token);

        await using (var writer = await Store.CreateAsync("env/state.json", Token))
        {
            await writer.Stream.WriteAsync(RandomBytes(5 * MiB, seed: 4), Token);
        }

        Assert.Equal(previous, await Store.ReadAllBytesAsync("env/state.json", Token));
    }

    [Fact]
    public async Task Commit_ReplacesExisting_Whole()
    {
        await Store.WriteAllBytesAsync("env/report.csv", RandomBytes(6 * MiB, seed: 5), Token);
        var replacement = RandomBytes(10, seed: 6);

        await Store.WriteAllBytesAsync("env/report.csv", replacement, Token);

        Assert.Equal(replacement, await Store.ReadAllBytesAsync("env/report.csv", Token));
        var listed = Assert.Single(await ListAsync("env/"));
        Assert.Equal(10, listed.Length);
    }

    [Fact]
    public async Task Reader_OpenedBeforeReplace_ReadsOld()
    {
        var old = RandomBytes(2 * MiB, seed: 7);
        await Store.WriteAllBytesAsync("env/manifest.json", old, Token);
        var reader = await Store.OpenReadAsync("env/manifest.json", Token);
        Assert.NotNull(reader);

        await Store.WriteAllBytesAsync("env/manifest.json", RandomBytes(3 * MiB, seed: 8), Token);

        await using (reader)
        {
            using var buffer = new MemoryStream();
            await reader.CopyToAsync(buffer, Token);
            Assert.Equal(old.Length, buffer.Length);
            Assert.Equal(SHA256.HashData(old), SHA256.HashData(buffer.ToArray()));
        }
    }

    [Fact]
    public async Task List_ByPrefix_OrdinalOrder()
    {
        string[] paths = ["p/b.txt", "p/a/x.txt", "p/B.txt", "p/ab.txt", "p/a.txt", "p/a/deep/y.txt", "q/a.txt"];
        foreach (var path in paths)
        {
            await Store.WriteAllBytesAsync(path, Encoding.UTF8.GetBytes(path), Token);
        }

        var listed = await ListPathsAsync("p/");

        // Ordinal order: upper case before lower case, and '.' (0x2E) before '/' (0x2F).
        string[] expected = ["p/B.txt", "p/a.txt", "p/a/deep/y.txt", "p/a/x.txt", "p/ab.txt", "p/b.txt"];
        Assert.Equal(expected, listed);
    }

    [Fact]
    public async Task List_PrefixMidName_MatchesStart()
    {
        foreach (var path in new[] { "p/a.txt", "p/a/x.txt", "p/ab.txt", "p/b.txt", "pa.txt" })
        {
            await Store.WriteAllBytesAsync(path, "x"u8.ToArray(), Token);
        }

        Assert.Equal(["p/a.txt", "p/a/x.txt", "p/ab.txt"], await ListPathsAsync("p/a"));
        Assert.Equal(["p/a.txt", "p/a/x.txt", "p/ab.txt", "p/b.txt", "pa.txt"], await ListPathsAsync("p"));
        Assert.Equal(["p/a/x.txt"], await ListPathsAsync("p/a/"));
        Assert.Empty(await ListPathsAsync("p/c"));
        Assert.Empty(await ListPathsAsync("missing/folder/"));
    }

    [Fact]
    public async Task List_ReportsLengthAndTime()
    {
        await Store.WriteAllBytesAsync("env/a.bin", RandomBytes(1234, seed: 9), Token);

        var item = Assert.Single(await ListAsync("env/"));

        Assert.Equal("env/a.bin", item.Path);
        Assert.Equal(1234, item.Length);
        Assert.NotEqual(default, item.LastModified);
    }

    [Fact]
    public async Task List_DuringWrite_SkipsPending()
    {
        await Store.WriteAllBytesAsync("env/done.txt", "x"u8.ToArray(), Token);
        await using var writer = await Store.CreateAsync("env/pending.txt", Token);
        await writer.Stream.WriteAsync(RandomBytes(5 * MiB, seed: 10), Token);

        Assert.Equal(["env/done.txt"], await ListPathsAsync("env/"));
        Assert.Equal(["env/done.txt"], await ListPathsAsync(string.Empty));
    }

    [Fact]
    public async Task Delete_Existing_ReturnsTrue()
    {
        await Store.WriteAllBytesAsync("env/old.txt", "x"u8.ToArray(), Token);

        Assert.True(await Store.DeleteAsync("env/old.txt", Token));
        Assert.Null(await Store.OpenReadAsync("env/old.txt", Token));
        Assert.Empty(await ListPathsAsync("env/"));
    }

    [Fact]
    public async Task Delete_Missing_ReturnsFalse()
    {
        Assert.False(await Store.DeleteAsync("env/never-written.txt", Token));

        await Store.WriteAllBytesAsync("env/once.txt", "x"u8.ToArray(), Token);
        Assert.True(await Store.DeleteAsync("env/once.txt", Token));
        Assert.False(await Store.DeleteAsync("env/once.txt", Token));
    }

    [Fact]
    public async Task Large_SmallWrites_HashMatches()
    {
        const int chunkSize = 8 * 1024;
        const int totalSize = 20 * MiB;
        using var expectedHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var writer = await Store.CreateAsync("env/raw/large.bin", Token))
        {
            for (var offset = 0; offset < totalSize; offset += chunkSize)
            {
                var chunk = RandomBytes(chunkSize, seed: offset);
                expectedHash.AppendData(chunk);

                // Alternate the synchronous and asynchronous paths of the writer's stream.
                if (offset / chunkSize % 2 == 0)
                {
                    writer.Stream.Write(chunk);
                }
                else
                {
                    await writer.Stream.WriteAsync(chunk, Token);
                }
            }

            await writer.CommitAsync(Token);
        }

        var (length, hash) = await ReadHashAsync("env/raw/large.bin");
        Assert.Equal(totalSize, length);
        Assert.Equal(expectedHash.GetHashAndReset(), hash);
        Assert.Equal(totalSize, Assert.Single(await ListAsync("env/raw/")).Length);
    }

    [Fact]
    public async Task GZip_SyncWrites_Roundtrips()
    {
        var content = RandomBytes(6 * MiB, seed: 11);
        await using (var writer = await Store.CreateAsync("env/raw/source.csv.gz", Token))
        {
            using (var gzip = new GZipStream(writer.Stream, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(content);
            }

            await writer.CommitAsync(Token);
        }

        await using var stored = await Store.OpenReadAsync("env/raw/source.csv.gz", Token);
        Assert.NotNull(stored);
        await using var gunzip = new GZipStream(stored, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        await gunzip.CopyToAsync(buffer, Token);
        Assert.Equal(SHA256.HashData(content), SHA256.HashData(buffer.ToArray()));
    }

    [Fact]
    public async Task Write_AfterCommit_Throws()
    {
        await using var writer = await Store.CreateAsync("env/closed.txt", Token);
        await writer.Stream.WriteAsync("x"u8.ToArray(), Token);
        await writer.CommitAsync(Token);

        await Assert.ThrowsAsync<ObjectDisposedException>(
            async () => await writer.Stream.WriteAsync("y"u8.ToArray(), Token));
        Assert.Equal("x"u8.ToArray(), await Store.ReadAllBytesAsync("env/closed.txt", Token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("env/../secret.txt")]
    [InlineData("env/./a.txt")]
    [InlineData("env//a.txt")]
    [InlineData("/env/a.txt")]
    [InlineData("env/")]
    [InlineData("env\\a.txt")]
    [InlineData("env/a\u0001.txt")]
    public async Task InvalidPath_Rejected(string path)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await Store.CreateAsync(path, Token));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await Store.OpenReadAsync(path, Token));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await Store.DeleteAsync(path, Token));
    }

    /// <summary>Checks that the store kept nothing of an abandoned write. The default checks nothing.</summary>
    protected virtual Task AssertNoLeftoversAsync() => Task.CompletedTask;

    protected static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private async Task<List<StoredObject>> ListAsync(string prefix)
    {
        var items = new List<StoredObject>();
        await foreach (var item in Store.ListAsync(prefix, Token))
        {
            items.Add(item);
        }

        return items;
    }

    private async Task<string[]> ListPathsAsync(string prefix) =>
        (await ListAsync(prefix)).Select(item => item.Path).ToArray();

    private async Task<(long Length, byte[] Hash)> ReadHashAsync(string path)
    {
        var stream = await Store.OpenReadAsync(path, Token);
        Assert.NotNull(stream);
        await using (stream)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[64 * 1024];
            long length = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer, Token)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                length += read;
            }

            return (length, hash.GetHashAndReset());
        }
    }
}
