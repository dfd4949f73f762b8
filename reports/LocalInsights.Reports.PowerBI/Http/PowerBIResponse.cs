using System.Net;

namespace LocalInsights.Reports.PowerBI.Http;

/// <summary>A response of the Power BI REST API, read whole (the API's responses are small).</summary>
internal sealed record PowerBIResponse(HttpStatusCode StatusCode, string? RequestId, TimeSpan? RetryAfter, byte[] Body)
{
    public bool IsSuccess => (int)StatusCode is >= 200 and < 300;
}
