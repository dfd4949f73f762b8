using System.Text.Json.Serialization;

namespace LocalInsights.Reports.PowerBI.Json;

/// <summary>
/// Source-generated JSON contract of the bodies the client sends and reads: camelCase names as the API uses, and
/// null properties left out so every body matches the API description.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DatasetDto))]
[JsonSerializable(typeof(ODataList<DatasetDto>))]
[JsonSerializable(typeof(TableDto))]
[JsonSerializable(typeof(ODataList<TableDto>))]
[JsonSerializable(typeof(CreateDatasetDto))]
[JsonSerializable(typeof(RefreshRequestDto))]
[JsonSerializable(typeof(ODataList<RefreshDto>))]
internal sealed partial class PowerBIJsonContext : JsonSerializerContext;
