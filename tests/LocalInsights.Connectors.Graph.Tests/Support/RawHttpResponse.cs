using System.Text;
using Microsoft.AspNetCore.Http;

namespace LocalInsights.Connectors.Graph.Tests.Support;

/// <summary>Replays a raw HTTP response file (status line, headers, blank line, body) through Kestrel, keeping
/// the header names as written.</summary>
public static class RawHttpResponse
{
    public static Func<HttpContext, Task> FromFile(string relativePath)
    {
        var text = File.ReadAllText(TestFiles.Path(relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var separator = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = (separator >= 0 ? text[..separator] : text).Split('\n');
        var body = separator >= 0 ? text[(separator + 2)..] : string.Empty;
        var status = int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = head.Skip(1).Where(line => line.Contains(':', StringComparison.Ordinal))
            .Select(line => (Name: line[..line.IndexOf(':', StringComparison.Ordinal)].Trim(),
                Value: line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .Where(header => !header.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return async context =>
        {
            context.Response.StatusCode = status;
            foreach (var (name, value) in headers)
            {
                context.Response.Headers.Append(name, value);
            }

            await context.Response.WriteAsync(body, Encoding.UTF8);
        };
    }
}
