using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LocalInsights.Reports.PowerBI.Http;

namespace LocalInsights.Reports.PowerBI.DryRun;

/// <summary>
/// Writes one request as an indented JSON file: method, URL, path, query, headers (never Authorization) and body.
/// Files are numbered in sending order: <c>0001-GET-Datasets_GetDatasetsInGroup.json</c>.
/// </summary>
internal static class RequestFileWriter
{
    private static readonly JsonWriterOptions WriterOptions =
        new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string FileNameOf(int number, PowerBIRequest request)
    {
        var table = request.Table is null ? string.Empty : "-" + SafeName(request.Table);
        return string.Create(CultureInfo.InvariantCulture,
            $"{number:D4}-{request.Method.Method}-{request.OperationId}{table}.json");
    }

    public static async Task WriteAsync(
        string path, PowerBIRequest request, Uri apiBaseUri, CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81_920, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            await using var writer = new Utf8JsonWriter(file, WriterOptions);
            writer.WriteStartObject();
            writer.WriteString("operationId", request.OperationId);
            writer.WriteString("method", request.Method.Method);
            writer.WriteString("url", new Uri(apiBaseUri, request.PathAndQuery).AbsoluteUri);
            writer.WriteString("path", request.Path);
            WritePairs(writer, "query", request.Query);
            WritePairs(writer, "headers", request.Headers);
            if (request.Body is not null)
            {
                writer.WritePropertyName("body");
                using var body = JsonDocument.Parse(request.Body);
                body.WriteTo(writer);
            }

            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WritePairs(
        Utf8JsonWriter writer, string name, IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        writer.WriteStartObject(name);
        foreach (var pair in pairs)
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
    }

    private static string SafeName(string name) =>
        new(name.Select(character => char.IsLetterOrDigit(character) || character is '-' or '_' ? character : '_')
            .ToArray());
}
