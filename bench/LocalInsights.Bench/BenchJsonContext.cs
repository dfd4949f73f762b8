using System.Text.Json.Serialization;
using LocalInsights.Bench.Streaming;

namespace LocalInsights.Bench;

/// <summary>Serialisation of the machine-readable result lines: one JSON object per line, snake_case names.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = false)]
[JsonSerializable(typeof(StreamingResult))]
internal sealed partial class BenchJsonContext : JsonSerializerContext
{
}
