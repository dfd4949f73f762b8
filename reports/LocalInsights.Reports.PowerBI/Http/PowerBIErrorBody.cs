using System.Text;
using System.Text.Json;

namespace LocalInsights.Reports.PowerBI.Http;

/// <summary>
/// Reader of Power BI error bodies: <c>{"error":{"code","message","details":[{"message","target"}]}}</c>, or
/// <c>{"message"}</c> as 429 responses carry, or plain text.
/// </summary>
internal static class PowerBIErrorBody
{
    private const int MaxTextLength = 1_000;

    /// <summary>Returns the error code and a message that includes every detail, or nulls for an empty body.</summary>
    public static (string? Code, string? Message) Read(byte[] body)
    {
        if (body.Length == 0)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            var text = Encoding.UTF8.GetString(body).Trim();
            return (null, text.Length > MaxTextLength ? text[..MaxTextLength] : text);
        }
    }

    private static (string? Code, string? Message) FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, root.GetRawText());
        }

        var error = root.TryGetProperty("error", out var inner) && inner.ValueKind == JsonValueKind.Object
            ? inner
            : root;
        var code = StringOf(error, "code");
        var message = StringOf(error, "message");
        var details = DetailsOf(error);
        var parts = new[] { message }.Concat(details).Where(part => !string.IsNullOrWhiteSpace(part));
        var joined = string.Join(" ", parts);
        return (code, joined.Length == 0 ? root.GetRawText() : joined);
    }

    private static IEnumerable<string> DetailsOf(JsonElement error)
    {
        if (!error.TryGetProperty("details", out var details) || details.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var detail in details.EnumerateArray())
        {
            var message = StringOf(detail, "message");
            var target = StringOf(detail, "target");
            if (message is not null)
            {
                yield return target is null ? message : $"{message} (target: {target})";
            }
        }
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
