namespace LocalInsights.Functions.Endpoints;

/// <summary>Body of an error response: what was wrong and what to do, in one message.</summary>
public sealed record ErrorResponse(string Error);
