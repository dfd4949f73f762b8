using System.Text.Json.Serialization;
using LocalInsights.Hosting.History;
using LocalInsights.Functions.Endpoints;

namespace LocalInsights.Functions.Queues;

/// <summary>JSON of queue messages and HTTP responses: camel case, nulls left out, dates in ISO 8601.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(RunMessage))]
[JsonSerializable(typeof(ScheduleListResponse))]
[JsonSerializable(typeof(StartRunResponse))]
[JsonSerializable(typeof(RunHistoryResponse))]
[JsonSerializable(typeof(FreshnessResponse))]
[JsonSerializable(typeof(ErrorResponse))]
public sealed partial class JobJsonContext : JsonSerializerContext
{
}
