using System.Text.Json;

namespace LocalInsights.Reports.PowerBI.Tests.Fake;

/// <summary>A response of the fake: status, JSON body and an optional Retry-After in seconds.</summary>
internal sealed record FakeResponse(int Status, string? Json = null, int? RetryAfterSeconds = null)
{
    public static FakeResponse Ok(object value, int status = 200) => new(status, JsonSerializer.Serialize(value));

    /// <summary>An error in the service's shape: <c>{"error":{"code","message"}}</c>.</summary>
    public static FakeResponse Error(int status, string code, string message, int? retryAfterSeconds = null) =>
        new(status, JsonSerializer.Serialize(new { error = new { code, message } }), retryAfterSeconds);
}
