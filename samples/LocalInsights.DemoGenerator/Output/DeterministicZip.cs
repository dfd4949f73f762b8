using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace LocalInsights.DemoGenerator.Output;

/// <summary>
/// Rewrites an xlsx package so that the same workbook always gives the same bytes. ClosedXML saves through
/// System.IO.Packaging, which stamps each zip entry with the save time, names the core properties part with a
/// random GUID and gives random ids to the package relationships. All three are replaced by fixed values.
/// </summary>
internal static partial class DeterministicZip
{
    private const string CorePropertiesFolder = "package/services/metadata/core-properties/";
    private const string CorePropertiesName = CorePropertiesFolder + "core.psmdcp";
    private const string PackageRelationships = "_rels/.rels";

    public static void Write(byte[] package, string path, DateTime entryTime)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var coreProperties = source.Entries.Single(entry => entry.FullName.StartsWith(CorePropertiesFolder,
            StringComparison.Ordinal)).FullName;

        using var target = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            var name = entry.FullName == coreProperties ? CorePropertiesName : entry.FullName;
            var copy = target.CreateEntry(name, CompressionLevel.Optimal);
            copy.LastWriteTime = new DateTimeOffset(entryTime.Ticks, TimeSpan.Zero);
            var content = ReadAll(entry);
            if (entry.FullName == PackageRelationships)
            {
                content = FixPackageRelationships(content, "/" + coreProperties, "/" + CorePropertiesName);
            }

            using var output = copy.Open();
            output.Write(content);
        }
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var input = entry.Open();
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Points the relationship at the renamed part and numbers the random ids in order.</summary>
    private static byte[] FixPackageRelationships(byte[] content, string oldTarget, string newTarget)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var hasBom = content.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var text = encoding.GetString(content.AsSpan(hasBom ? 3 : 0));
        var number = 0;
        text = text.Replace(oldTarget, newTarget, StringComparison.Ordinal);
        text = RandomRelationshipId().Replace(text, _ => $"Id=\"rIdPackage{++number}\"");
        var bytes = encoding.GetBytes(text);
        return hasBom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes;
    }

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomRelationshipId();
}
