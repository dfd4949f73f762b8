using System.Text.Json.Serialization.Metadata;
using LocalInsights.Functions.Queues;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalInsights.Functions.Endpoints;

/// <summary>Builds the JSON results of the HTTP endpoints, serialised by <see cref="JobJsonContext"/>.</summary>
internal static class JsonResponses
{
    public static JsonResult Ok<T>(T value, JsonTypeInfo<T> typeInfo, int statusCode = StatusCodes.Status200OK) =>
        new(value, typeInfo.Options) { StatusCode = statusCode };

    public static JsonResult Error(int statusCode, string message) =>
        Ok(new ErrorResponse(message), JobJsonContext.Default.ErrorResponse, statusCode);
}
