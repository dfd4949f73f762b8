namespace LocalInsights.Reports.PowerBI.Tests.Swagger;

/// <summary>A request matched to an operation, with the values of the template's path parameters.</summary>
internal sealed record SwaggerMatch(SwaggerOperation Operation, IReadOnlyDictionary<string, string> PathValues);
