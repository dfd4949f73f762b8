using System.Buffers;
using System.Globalization;
using System.Text;
using Azure.Storage;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace LocalInsights.Storage.AzureBlob;

/// <summary>
/// A write-only stream that stages what it receives as blocks of one block blob and holds at most one block
/// in memory. Nothing becomes visible until <see cref="CommitAsync"/>.
/// </summary>
/// <remarks>
/// Both synchronous and asynchronous writes are supported, because <c>GZipStream</c> writes its last bytes
/// synchronously. A blob that fits in one block is sent with a single Put Blob on commit. Like
/// <see cref="FileStream"/>, an instance is not safe for concurrent use.
/// </remarks>
internal sealed class BlockStagingStream : Stream
{
    public const int DefaultBlockSize = 4 * 1024 * 1024;

    /// <summary>Maximum number of committed blocks in one block blob, set by the service.</summary>
    public const int MaxBlocks = 50_000;

    private static readonly UploadTransferValidationOptions Md5Validation =
        new() { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 };

    private readonly BlockBlobClient _blob;
    private readonly string _container;
    private readonly int _blockSize;

    // Block ids must have the same length for every block of a blob. The writer id keeps two writers of the
    // same path from overwriting each other's uncommitted blocks.
    private readonly string _writerId = Guid.NewGuid().ToString("N");
    private readonly List<string> _blockIds = [];
    private byte[]? _buffer;
    private int _buffered;
    private bool _closed;
    private bool _failed;

    public BlockStagingStream(BlockBlobClient blob, string container, string path, int blockSize = DefaultBlockSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        _blob = blob;
        _container = container;
        BlobPath = path;
        _blockSize = blockSize;
    }

    public string BlobPath { get; }

    /// <summary>Number of bytes written so far.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>Number of blocks staged so far, or 0 when the commit sent the blob with a single Put Blob.</summary>
    public int BlockCount => _blockIds.Count;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !_closed;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesWritten;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ThrowIfNotWritable();
        while (!buffer.IsEmpty)
        {
            if (_buffered == _blockSize)
            {
                StageBuffered();
            }

            buffer = buffer[CopyToBuffer(buffer)..];
        }
    }

    public override async ValueTask WriteAsync(
        ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ThrowIfNotWritable();
        while (!buffer.IsEmpty)
        {
            if (_buffered == _blockSize)
            {
                await StageBufferedAsync(cancellationToken).ConfigureAwait(false);
            }

            buffer = buffer[CopyToBuffer(buffer.Span)..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Does nothing: a block is staged only when it is full or on commit.</summary>
    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Sends the buffered bytes and makes the blob visible, replacing any earlier blob at the same path whole.
    /// </summary>
    public async ValueTask CommitAsync(CancellationToken cancellationToken)
    {
        ThrowIfNotWritable();
        if (_blockIds.Count > 0 && _buffered > 0)
        {
            await StageBufferedAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await SendCommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (BlobErrors.IsServiceFailure(exception))
        {
            _failed = true;
            throw BlobErrors.Failed(exception, "commit", _container, BlobPath);
        }
        catch
        {
            _failed = true;
            throw;
        }

        _closed = true;
        ReturnBuffer();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        _closed = true;
        ReturnBuffer();
        base.Dispose(disposing);
    }

    /// <summary>Commits the staged block list, or sends a blob that fits in one block with a single Put Blob.</summary>
    private async Task SendCommitAsync(CancellationToken cancellationToken)
    {
        if (_blockIds.Count == 0)
        {
            using var content = new MemoryStream(_buffer ?? [], 0, _buffered, writable: false);
            var options = new BlobUploadOptions { TransferValidation = Md5Validation };
            await _blob.UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
            return;
        }

        await _blob.CommitBlockListAsync(_blockIds, new CommitBlockListOptions(), cancellationToken)
            .ConfigureAwait(false);
    }

    private int CopyToBuffer(ReadOnlySpan<byte> source)
    {
        _buffer ??= ArrayPool<byte>.Shared.Rent(_blockSize);
        var count = Math.Min(source.Length, _blockSize - _buffered);
        source[..count].CopyTo(_buffer.AsSpan(_buffered));
        _buffered += count;
        BytesWritten += count;
        return count;
    }

    private void StageBuffered()
    {
        var blockId = NextBlockId();
        try
        {
            using var content = new MemoryStream(_buffer!, 0, _buffered, writable: false);
            _blob.StageBlock(blockId, content, new BlockBlobStageBlockOptions { TransferValidation = Md5Validation });
        }
        catch (Exception exception) when (BlobErrors.IsServiceFailure(exception))
        {
            _failed = true;
            throw BlobErrors.Failed(exception, "stage a block of", _container, BlobPath);
        }
        catch
        {
            _failed = true;
            throw;
        }

        _blockIds.Add(blockId);
        _buffered = 0;
    }

    private async ValueTask StageBufferedAsync(CancellationToken cancellationToken)
    {
        var blockId = NextBlockId();
        try
        {
            using var content = new MemoryStream(_buffer!, 0, _buffered, writable: false);
            var options = new BlockBlobStageBlockOptions { TransferValidation = Md5Validation };
            await _blob.StageBlockAsync(blockId, content, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (BlobErrors.IsServiceFailure(exception))
        {
            _failed = true;
            throw BlobErrors.Failed(exception, "stage a block of", _container, BlobPath);
        }
        catch
        {
            _failed = true;
            throw;
        }

        _blockIds.Add(blockId);
        _buffered = 0;
    }

    private string NextBlockId()
    {
        if (_blockIds.Count == MaxBlocks)
        {
            _failed = true;
            throw new IOException(
                $"Blob '{BlobPath}' in container '{_container}' would need more than {MaxBlocks} blocks of "
                + $"{_blockSize} bytes. Write it as several smaller objects.");
        }

        var id = _writerId + _blockIds.Count.ToString("D6", CultureInfo.InvariantCulture);
        return Convert.ToBase64String(Encoding.ASCII.GetBytes(id));
    }

    private void ThrowIfNotWritable()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_failed)
        {
            throw new InvalidOperationException(
                $"An earlier write to blob '{BlobPath}' failed. Dispose this writer and write the object again.");
        }
    }

    private void ReturnBuffer()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }
}
