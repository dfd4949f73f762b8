using System.Threading.Channels;
using LocalInsights.Core.Model;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using LocalInsights.Core.Text;

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

    /// <summary>Rows ahead of the current one whose memory the second thread prefetches.</summary>
    private const int PrefetchDistance = 16;

    private readonly Channel<Batch> _full = Channel.CreateBounded<Batch>(
        new BoundedChannelOptions(Batches) { SingleReader = true, SingleWriter = true });

    private readonly Channel<Batch> _free = Channel.CreateBounded<Batch>(
        new BoundedChannelOptions(Batches) { SingleReader = true, SingleWriter = true });

    private readonly Task _consumer;
    private Batch _current = new();
    private bool _completed;

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
            var people = new PersonKey[BatchRows];
            await foreach (var batch in _full.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                // Prefetching the tables for the rows ahead lets cache misses overlap. People are found first, in
                // row order, so that numbers follow the order of first appearance.
                for (var index = 0; index < Math.Min(PrefetchDistance, batch.Count); index++)
                {
                    context.PrefetchPerson(batch.Hashes[index]);
                }

                for (var index = 0; index < batch.Count; index++)
                {
                    if (index + PrefetchDistance < batch.Count)
                    {
                        context.PrefetchPerson(batch.Hashes[index + PrefetchDistance]);
                    }

                    people[index] = context.Person(batch.Identifier(index), batch.Hashes[index]);
                }

                // Until the pull's table of people starts again, a new number is a person never seen before, so
                // the writer needs no lookup of its pseudonym.
                writer.NewPeopleDistinct = !context.PeopleRestarted;

                for (var index = 0; index < Math.Min(PrefetchDistance, batch.Count); index++)
                {
                    writer.PrefetchPerson(people[index].Number);
                }

                for (var index = 0; index < batch.Count; index++)
                {
                    if (index + PrefetchDistance < batch.Count)
                    {
                        writer.PrefetchPerson(people[index + PrefetchDistance].Number);
                    }

                    var row = batch.Rows[index];
                    await writer.WriteAsync(
                        new ActivityRow(row.Day, row.Platform, row.Uai, row.Role, people[index], row.Service,
                            row.Connections),
                        cancellationToken).ConfigureAwait(false);
                }

                Array.Clear(people, 0, batch.Count);
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

        /// <summary>
        /// The <see cref="Pseudonymizer.IdentifierKey"/> of each row's identifier, computed on the reading thread,
        /// which has it in cache.
        /// </summary>
        public TextKeyHash[] Hashes { get; } = new TextKeyHash[BatchRows];

        public int Count { get; private set; }

        public void Add(PendingRow row, ReadOnlySpan<char> identifier)
        {
            if (_characterCount + identifier.Length > _characters.Length)
            {
                Array.Resize(ref _characters, Math.Max(_characters.Length * 2, _characterCount + identifier.Length));
            }

            identifier.CopyTo(_characters.AsSpan(_characterCount));
            Hashes[Count] = Pseudonymizer.IdentifierKey(identifier);
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
