using System.Globalization;

namespace LocalInsights.Reports.PowerBI.Http;

/// <summary>Messages of failed Power BI requests, built in one place so they all read alike.</summary>
internal static class PowerBIErrors
{
    /// <summary>
    /// Returns "POST … returned 403 (request id …): code: detail", followed by what to check for the usual
    /// statuses.
    /// </summary>
    public static string Describe(PowerBIFailure failure)
    {
        var requestId = failure.RequestId is null ? "no request id" : $"request id {failure.RequestId}";
        var code = failure.ErrorCode is null ? string.Empty : failure.ErrorCode + ": ";
        var head = failure.StatusCode is { } status
            ? string.Create(CultureInfo.InvariantCulture,
                $"{failure.Request} returned {status} ({requestId}): {code}{failure.Detail}")
            : $"{failure.Request} failed without a response: {failure.Detail}";
        var hint = HintFor(failure.StatusCode);
        return hint is null ? head : $"{head} {hint}";
    }

    private static string? HintFor(int? statusCode) => statusCode switch
    {
        401 => "The token was rejected: check PowerBI:TenantId and PowerBI:ClientId, and that the Power BI tenant "
            + "setting allowing service principals to use the APIs includes this principal.",
        403 => "The service principal lacks permission: give it the Member or Contributor role in the workspace "
            + "(Admin is not needed).",
        404 => "Check PowerBI:WorkspaceId and PowerBI:DatasetId, and that the service principal is a member of the "
            + "workspace: Power BI returns 404 for workspaces the caller cannot see.",
        429 => "Power BI throttled the request; run again after the delay it asked for.",
        >= 500 => "The Power BI service failed; the request may be retried later.",
        _ => null,
    };
}
