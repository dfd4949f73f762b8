using System.Text.Json;
using System.Text.RegularExpressions;

namespace LocalInsights.Reports.PowerBI.Tests.Swagger;

/// <summary>One path template and method of the API description, with its operation object.</summary>
internal sealed record SwaggerOperation(string Template, string Method, string OperationId, Regex Pattern,
    int LiteralSegments, JsonElement Definition);
