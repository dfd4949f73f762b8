using System.Globalization;
using System.Text;

namespace LocalInsights.Reports.PowerBI.Http;

/// <summary>
/// One request to the Power BI REST API, before authentication: the real transport adds the bearer token and the
/// dry run writes it to a file as it is.
/// </summary>
internal sealed record PowerBIRequest(
    string OperationId,
    HttpMethod Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    byte[]? Body)
{
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Table the request is about, for messages and file names; null for dataset-level requests.</summary>
    public string? Table { get; init; }

    /// <summary>Rows in the body of a POST rows request, else 0.</summary>
    public int Rows { get; init; }

    /// <summary>Headers sent besides Authorization.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers =>
        Body is null
            ? [new("Accept", "application/json")]
            : [new("Accept", "application/json"), new("Content-Type", JsonContentType)];

    public string PathAndQuery
    {
        get
        {
            if (Query.Count == 0)
            {
                return Path;
            }

            var builder = new StringBuilder(Path).Append('?');
            for (var index = 0; index < Query.Count; index++)
            {
                // Keys are the API's own names, such as $top, and are sent as the API documents them.
                builder.Append(index == 0 ? string.Empty : "&")
                    .Append(Query[index].Key).Append('=')
                    .Append(Uri.EscapeDataString(Query[index].Value));
            }

            return builder.ToString();
        }
    }

    /// <summary>Method and path, for messages: <c>POST /v1.0/myorg/groups/…/rows</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Method.Method} {PathAndQuery}");
}
