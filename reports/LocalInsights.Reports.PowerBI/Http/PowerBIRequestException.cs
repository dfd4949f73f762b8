using System.Net;

namespace LocalInsights.Reports.PowerBI.Http;

/// <summary>A Power BI request failed: the service returned an error status, or no response arrived.</summary>
internal sealed class PowerBIRequestException : Exception
{
    public PowerBIRequestException(PowerBIFailure failure, TimeSpan? retryAfter, Exception? innerException = null)
        : base(PowerBIErrors.Describe(failure), innerException)
    {
        Failure = failure;
        RetryAfter = retryAfter;
    }

    public PowerBIRequestException()
        : this("The Power BI request failed.")
    {
    }

    public PowerBIRequestException(string message)
        : this(message, null)
    {
    }

    public PowerBIRequestException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Failure = new PowerBIFailure("unknown", "unknown", null, null, null, message);
    }

    public PowerBIFailure Failure { get; }

    /// <summary>Delay the service asked for in its Retry-After header, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    public bool IsThrottled => Failure.StatusCode == (int)HttpStatusCode.TooManyRequests;

    public bool IsNotFound => Failure.StatusCode == (int)HttpStatusCode.NotFound;

    /// <summary>
    /// True when the request may have been applied although it failed: no response, a timeout (408) or a server
    /// error (5xx). Resending a POST after such a failure could add its rows twice.
    /// </summary>
    public bool IsAmbiguous => Failure.StatusCode is null or (int)HttpStatusCode.RequestTimeout or >= 500;

    public static PowerBIRequestException FromResponse(PowerBIRequest request, PowerBIResponse response)
    {
        var (code, detail) = PowerBIErrorBody.Read(response.Body);
        var failure = new PowerBIFailure(request.OperationId, request.ToString(), (int)response.StatusCode,
            response.RequestId, code, detail ?? response.StatusCode.ToString());
        return new PowerBIRequestException(failure, response.RetryAfter);
    }

    public static PowerBIRequestException NoResponse(PowerBIRequest request, string reason, Exception exception)
    {
        var failure = new PowerBIFailure(request.OperationId, request.ToString(), null, null, null, reason);
        return new PowerBIRequestException(failure, null, exception);
    }
}
