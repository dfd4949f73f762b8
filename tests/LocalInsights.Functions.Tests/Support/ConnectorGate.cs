namespace LocalInsights.Functions.Tests.Support;

/// <summary>
/// Holds <see cref="BlockingConnector"/> inside its pull until the test opens the gate, so that a test can start
/// a second run while the first one still holds its lease.
/// </summary>
public sealed class ConnectorGate
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a pull has entered the connector.</summary>
    public Task Entered => _entered.Task;

    public void Open() => _opened.TrySetResult();

    internal async Task PassAsync(CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        await _opened.Task.WaitAsync(cancellationToken);
    }
}
