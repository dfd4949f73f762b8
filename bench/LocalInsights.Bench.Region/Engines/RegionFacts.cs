using System.Globalization;
using System.Text;

namespace LocalInsights.Bench.Region.Engines;

/// <summary>
/// The monthly facts both engines must agree on, in one canonical form: sorted with ordinal comparisons and
/// written as CSV with invariant numbers, so that equal facts give equal bytes.
/// </summary>
internal sealed record RegionFacts(IReadOnlyList<DeviceFactRow> Devices, IReadOnlyList<PlatformFactRow> Platform)
{
    public const string DeviceHeader = "uai,model,os,deployed,active,idle,never_seen";
    public const string PlatformHeader = "uai,platform,role,active_users,connections";

    /// <summary>Writes both tables to <paramref name="path"/>, the device facts first, each under its header.</summary>
    public void Write(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine(DeviceHeader);
        foreach (var row in Devices.OrderBy(row => row.Uai, StringComparer.Ordinal)
                     .ThenBy(row => row.Model, StringComparer.Ordinal)
                     .ThenBy(row => row.OperatingSystem, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Join(',', Field(row.Uai), Field(row.Model), Field(row.OperatingSystem),
                Number(row.Deployed), Number(row.Active), Number(row.Idle), Number(row.NeverSeen)));
        }

        writer.WriteLine();
        writer.WriteLine(PlatformHeader);
        foreach (var row in Platform.OrderBy(row => row.Uai, StringComparer.Ordinal)
                     .ThenBy(row => row.Platform, StringComparer.Ordinal)
                     .ThenBy(row => row.Role, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Join(',', Field(row.Uai), Field(row.Platform), Field(row.Role),
                Number(row.ActiveUsers), Number(row.Connections)));
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Quotes a value that contains a comma, a quote or a line break (RFC 4180).</summary>
    private static string Field(string value) => value.AsSpan().IndexOfAny(",\"\r\n") < 0
        ? value
        : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// Devices of one establishment, model and OS at the end of the month. Unmapped devices have an empty UAI.
/// </summary>
internal sealed record DeviceFactRow(
    string Uai, string Model, string OperatingSystem, long Deployed, long Active, long Idle, long NeverSeen);

/// <summary>Distinct people and connections of one establishment, platform and role in the month.</summary>
internal sealed record PlatformFactRow(string Uai, string Platform, string Role, long ActiveUsers, long Connections);
