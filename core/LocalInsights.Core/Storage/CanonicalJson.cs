using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LocalInsights.Core.Model;

namespace LocalInsights.Core.Storage;

/// <summary>Serialisation of canonical records: one JSON object per line, enums as names.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    WriteIndented = false)]
[JsonSerializable(typeof(DeviceSnapshot))]
[JsonSerializable(typeof(LicenceSnapshot))]
[JsonSerializable(typeof(PlatformActivity))]
[JsonSerializable(typeof(PlatformStatistic))]
[JsonSerializable(typeof(InvestmentLine))]
[JsonSerializable(typeof(QualityObservation))]
public sealed partial class CanonicalJsonContext : JsonSerializerContext
{
}

/// <summary>Serialisation of the files operators read: manifests and run records, indented.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(PullManifest))]
[JsonSerializable(typeof(RunRecord))]
public sealed partial class ReadableJsonContext : JsonSerializerContext
{
}

/// <summary>The file name each canonical record type is stored under.</summary>
public static class CanonicalRecordKinds
{
    private static readonly Dictionary<Type, string> Names = new()
    {
        [typeof(DeviceSnapshot)] = "devices",
        [typeof(LicenceSnapshot)] = "licences",
        [typeof(PlatformActivity)] = "platform-activity",
        [typeof(PlatformStatistic)] = "platform-statistics",
        [typeof(InvestmentLine)] = "investments",
        [typeof(QualityObservation)] = "quality",
    };

    public static IEnumerable<Type> All => Names.Keys;

    public static string NameOf(Type recordType) =>
        Names.TryGetValue(recordType, out var name)
            ? name
            : throw new ArgumentException($"{recordType.Name} is not a canonical record type.", nameof(recordType));

    public static string NameOf<T>() => NameOf(typeof(T));

    internal static JsonTypeInfo<T> TypeInfo<T>() =>
        CanonicalJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new ArgumentException($"{typeof(T).Name} is not a canonical record type.");
}
