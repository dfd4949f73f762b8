namespace LocalInsights.Reports.PowerBI.Http;

/// <summary>Sends <see cref="PowerBIRequest"/> values: over HTTP, or to files for a dry run.</summary>
internal interface IPowerBITransport
{
    /// <summary>Sends <paramref name="request"/> and returns the response, whatever its status code.</summary>
    /// <exception cref="PowerBIRequestException">
    /// No response arrived: timeout, network error or open circuit.
    /// </exception>
    Task<PowerBIResponse> SendAsync(PowerBIRequest request, CancellationToken cancellationToken);
}
