using System.Threading.Channels;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;

namespace LocalInsights.Core.Connectors;

/// <summary>
/// Writes platform activity rows on a second thread, so that a connector reading millions of rows and the writer
/// encoding and summarising them use two processors. Rows go in batches of <see cref="BatchRows"/> through a
/// bounded queue; <see cref="CompleteAsync"/> waits until every row is written.
/// </summary>
/// <remarks>
/// Only the second thread touches the pull's activity file, and only through this object, so the connector may
/// keep rejecting rows and writing observations meanwhile. A failure of the second thread surfaces in the next
/// <see cref="WriteAsync"/> or in <see cref="CompleteAsync"/>.
/// </remarks>
public sealed class ActivityRowWriter : IAsyncDisposable
{
    /// <summary>Rows per batch: a few hundred kilobytes, so a batch is written in well under a millisecond.</summary>
    public const int BatchRows = 8192;

    private const int Batches = 4;

    private readonly Channel<Batch> _full = Channel.CreateBounded<Batch>(
        new BoundedChannelOptions(Batches) { SingleReader = true, SingleWriter = true });

    private readonly Channel<ActivityRow[]> _free = Channel.CreateBounded<ActivityRow[]>(
        new BoundedChannelOptions(Batches) { SingleReader = true, SingleWriter = true });

    private readonly Task _consumer;
    private ActivityRow[] _current;
    private int _count;
    private bool _completed;

    internal ActivityRowWriter(ActivityRecordFileWriter writer, CancellationToken cancellationToken)
    {
        for (var index = 1; index < Batches; index++)
        {
            _free.Writer.TryWrite(new ActivityRow[BatchRows]);
        }

        _current = new ActivityRow[BatchRows];
        _consumer = Task.Run(() => ConsumeAsync(writer, cancellationToken), cancellationToken);
    }

    /// <summary>Queues one row; waits only when a full batch has to be handed over.</summary>
    public ValueTask WriteAsync(in ActivityRow row, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        _current[_count++] = row;
        return _count == BatchRows ? HandOverAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    /// <summary>Hands over the last rows and waits until all rows are written, rethrowing a write failure.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_completed)
        {
            return;
        }

        if (_count > 0)
        {
            await _full.Writer.WriteAsync(new Batch(_current, _count), cancellationToken).ConfigureAwait(false);
            _count = 0;
        }

        _completed = true;
        _full.Writer.TryComplete();
        await _consumer.ConfigureAwait(false);
    }

    /// <summary>Stops the second thread without writing the rows still queued, when the pull failed.</summary>
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

    private async ValueTask HandOverAsync(CancellationToken cancellationToken)
    {
        await _full.Writer.WriteAsync(new Batch(_current, _count), cancellationToken).ConfigureAwait(false);
        try
        {
            _current = await _free.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            // The second thread failed: its own exception says why.
            await _consumer.ConfigureAwait(false);
            throw;
        }

        _count = 0;
    }

    private async Task ConsumeAsync(ActivityRecordFileWriter writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in _full.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                for (var index = 0; index < batch.Count; index++)
                {
                    await writer.WriteAsync(batch.Rows[index], cancellationToken).ConfigureAwait(false);
                }

                _free.Writer.TryWrite(batch.Rows);
            }
        }
        catch (Exception exception)
        {
            // Wakes a producer waiting for a free batch, with the failure.
            _free.Writer.TryComplete(exception);
            throw;
        }
    }

    private readonly record struct Batch(ActivityRow[] Rows, int Count);
}
