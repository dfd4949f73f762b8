namespace LocalInsights.Reports.PowerBI.Http;

/// <summary>Counts the requests passed to an inner transport, retries by the publisher included.</summary>
internal sealed class CountingTransport(IPowerBITransport inner) : IPowerBITransport
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public Task<PowerBIResponse> SendAsync(PowerBIRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref count);
        return inner.SendAsync(request, cancellationToken);
    }
}
