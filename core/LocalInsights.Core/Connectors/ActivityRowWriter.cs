using System.Threading.Channels;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;

namespace LocalInsights.Core.Connectors;

/// <summary>
/// Writes platform activity rows on a second thread, so that a connector reading millions of rows and the work of
/// finding each person, encoding and summarising the rows use two processors. Rows go in batches of
/// <see cref="BatchRows"/> through a bounded queue; <see cref="CompleteAsync"/> waits until every row is written.
/// </summary>
/// <remarks>
/// <para>
/// A row carries the person's identifier as read. The second thread finds the person with
/// <see cref="PullContext.Person"/>, which pseudonymises each distinct identifier once; while this writer is open
/// only that thread may call it. The identifiers stay in memory, in the batches, and are never written.
/// </para>
/// <para>
/// Only the second thread touches the pull's activity file, so the connector may keep rejecting rows and writing
/// observations meanwhile. A failure of the second thread surfaces in the next <see cref="HandOverAsync"/> or in
/// <see cref="CompleteAsync"/>.
/// </para>
/// </remarks>
public sealed class ActivityRowWriter : IAsyncDisposable
{
    /// <summary>Rows per batch: about 400 KB, so a million rows make about 120 hand-overs.</summary>
    public const int BatchRows = 8192;

    private const int Batches = 4;

    /// <summary>Rows whose people are read ahead together.</summary>
    private const int ReadAhead = 16;

    private readonly Channel<Batch> _full = Channel.CreateBounded<Batch>(
        new BoundedChannelOptions(Batches) { SingleReader = true, SingleWriter = true });

    private readonly Channel<Batch> _free = Channel.CreateBounded<Batch>(
        new BoundedChannelOptions(Batches) { SingleReader = true, SingleWriter = true });

    private readonly Task _consumer;
    private Batch _current = new();
    private bool _completed;

    // Sums what TouchPerson read, so that the reads are not removed as unused.
    private int _touched;

    internal ActivityRowWriter(PullContext context, ActivityRecordFileWriter writer,
        CancellationToken cancellationToken)
    {
        for (var index = 1; index < Batches; index++)
        {
            _free.Writer.TryWrite(new Batch());
        }

        _consumer = Task.Run(() => ConsumeAsync(context, writer, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Adds one row, copying <paramref name="identifier"/>. Returns true when the batch is full: the caller then
    /// awaits <see cref="HandOverAsync"/> before adding another row.
    /// </summary>
    public bool Add(DateOnly day, string platform, string uai, PlatformRole role, ReadOnlySpan<char> identifier,
        string? service, int connections)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        _current.Add(new PendingRow(day, platform, uai, role, 0, 0, service, connections), identifier);
        return _current.Count == BatchRows;
    }

    /// <summary>Hands the full batch to the second thread and takes a free one.</summary>
    public async ValueTask HandOverAsync(CancellationToken cancellationToken)
    {
        await _full.Writer.WriteAsync(_current, cancellationToken).ConfigureAwait(false);
        try
        {
            _current = await _free.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            // The second thread failed: awaiting it rethrows its own exception.
            await _consumer.ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Hands over the last rows and waits until all rows are written, rethrowing a write failure.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_completed)
        {
            return;
        }

        if (_current.Count > 0)
        {
            await _full.Writer.WriteAsync(_current, cancellationToken).ConfigureAwait(false);
        }

        _completed = true;
        _full.Writer.TryComplete();
        await _consumer.ConfigureAwait(false);
    }

    /// <summary>
    /// Waits, when the pull failed before <see cref="CompleteAsync"/>, for the second thread to finish the batches
    /// already handed over, and ignores its failure; the failed pull deletes what it wrote.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            _completed = true;
            _full.Writer.TryComplete();
            try
            {
                await _consumer.ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // The pull is failing already and reports its own error; this one would hide it.
            }
        }
    }

    private async Task ConsumeAsync(PullContext context, ActivityRecordFileWriter writer,
        CancellationToken cancellationToken)
    {
        try
        {
            var hashes = new PersonHash[ReadAhead];
            await foreach (var batch in _full.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                for (var start = 0; start < batch.Count; start += ReadAhead)
                {
                    var end = Math.Min(start + ReadAhead, batch.Count);

                    // People are looked up in a table larger than the processor caches: touching the slots of
                    // several rows first lets their memory reads overlap.
                    for (var index = start; index < end; index++)
                    {
                        hashes[index - start] = PersonTable.Hash(batch.Identifier(index));
                        _touched += context.TouchPerson(hashes[index - start]);
                    }

                    for (var index = start; index < end; index++)
                    {
                        var row = batch.Rows[index];
                        var person = context.Person(batch.Identifier(index), hashes[index - start]);
                        await writer.WriteAsync(
                            new ActivityRow(row.Day, row.Platform, row.Uai, row.Role, person, row.Service,
                                row.Connections),
                            cancellationToken).ConfigureAwait(false);
                    }
                }

                batch.Clear();
                _free.Writer.TryWrite(batch);
            }
        }
        catch (Exception exception)
        {
            // Wakes a producer waiting for a free batch, with the failure.
            _free.Writer.TryComplete(exception);
            throw;
        }
    }

    /// <summary>A row whose identifier sits in its batch's characters, from IdStart for IdLength.</summary>
    private readonly record struct PendingRow(DateOnly Day, string Platform, string Uai, PlatformRole Role,
        int IdStart, int IdLength, string? Service, int Connections);

    /// <summary>Rows and the characters of their identifiers, reused from batch to batch.</summary>
    private sealed class Batch
    {
        private char[] _characters = new char[BatchRows * 16];
        private int _characterCount;

        public PendingRow[] Rows { get; } = new PendingRow[BatchRows];

        public int Count { get; private set; }

        public void Add(PendingRow row, ReadOnlySpan<char> identifier)
        {
            if (_characterCount + identifier.Length > _characters.Length)
            {
                Array.Resize(ref _characters, Math.Max(_characters.Length * 2, _characterCount + identifier.Length));
            }

            identifier.CopyTo(_characters.AsSpan(_characterCount));
            Rows[Count++] = row with { IdStart = _characterCount, IdLength = identifier.Length };
            _characterCount += identifier.Length;
        }

        public ReadOnlySpan<char> Identifier(int index) =>
            _characters.AsSpan(Rows[index].IdStart, Rows[index].IdLength);

        public void Clear()
        {
            Count = 0;
            _characterCount = 0;
        }
    }
}
