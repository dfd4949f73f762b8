using System.Text.Json.Serialization;
using LocalInsights.Bench.Region.Engines;
using LocalInsights.Bench.Region.Generation;

namespace LocalInsights.Bench.Region;

/// <summary>Serialisation of the dataset description and of the result lines: snake_case names.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = false)]
[JsonSerializable(typeof(RegionDataset))]
[JsonSerializable(typeof(EngineResult))]
internal sealed partial class RegionJsonContext : JsonSerializerContext
{
}
