using LocalInsights.Core.Text;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Core.Connectors;

/// <summary>Resolves and opens the files named in a connector's settings, with messages that name the key.</summary>
public static class ConnectorFiles
{
    private static readonly char[] Wildcards = ['*', '?'];

    /// <summary>
    /// Search of <see cref="ResolvePattern"/>. Only <c>*</c> and <c>?</c> are wildcards, and <c>*.*</c> matches only
    /// names that contain a dot, unlike the DOS rules of <see cref="MatchType.Win32"/>. Hidden and system files are
    /// skipped.
    /// </summary>
    private static readonly EnumerationOptions PatternSearch = new()
    {
        MatchType = MatchType.Simple,
        MatchCasing = MatchCasing.PlatformDefault,
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>
    /// Returns the full settings key of <paramref name="relativeKey"/>, such as <c>Connectors:x:Files:0</c>.
    /// </summary>
    public static string SettingsKey(PullContext context, string relativeKey)
    {
        var prefix = context.Settings is IConfigurationSection section ? section.Path : context.Connector;
        return $"{prefix}:{relativeKey}";
    }

    /// <summary>
    /// Resolves a configured path. Throws a <see cref="ConnectorException"/> when the path is a folder or the file
    /// is missing.
    /// </summary>
    public static string Resolve(PullContext context, string path, string relativeKey)
    {
        var full = context.ResolvePath(path);
        if (Directory.Exists(full))
        {
            throw new ConnectorException(
                $"Connector '{context.Connector}': {full} is a folder, not a file. "
                + $"Set {SettingsKey(context, relativeKey)} to the path of a file, such as one inside that folder.");
        }

        if (!File.Exists(full))
        {
            throw new ConnectorException(
                $"Connector '{context.Connector}': file {full} was not found. "
                + $"Check the path in {SettingsKey(context, relativeKey)}.");
        }

        return full;
    }

    /// <summary>
    /// Resolves a configured path whose file name may contain the wildcards <c>*</c> (any characters) and <c>?</c>
    /// (one character), and returns the matching files of its folder sorted by name, ordinal. Subfolders are not
    /// searched, and hidden and system files are skipped. A path without wildcards goes through
    /// <see cref="Resolve"/>. Throws a <see cref="ConnectorException"/> when a folder name contains a wildcard, the
    /// folder is missing or no file matches.
    /// </summary>
    public static IReadOnlyList<string> ResolvePattern(PullContext context, string path, string relativeKey)
    {
        var full = context.ResolvePath(path);
        var folder = Path.GetDirectoryName(full) ?? full;
        if (folder.AsSpan().IndexOfAny(Wildcards) >= 0)
        {
            throw new ConnectorException(
                $"Connector '{context.Connector}': {full} has a wildcard in a folder name, but only the file name "
                + $"may contain * or ?. Fix {SettingsKey(context, relativeKey)}.");
        }

        var pattern = Path.GetFileName(full);
        if (pattern.AsSpan().IndexOfAny(Wildcards) < 0)
        {
            return [Resolve(context, path, relativeKey)];
        }

        if (!Directory.Exists(folder))
        {
            throw new ConnectorException(
                $"Connector '{context.Connector}': folder {folder} of the pattern {full} was not found. "
                + $"Check the path in {SettingsKey(context, relativeKey)}.");
        }

        var matches = Directory.EnumerateFiles(folder, pattern, PatternSearch).ToList();
        if (matches.Count == 0)
        {
            throw new ConnectorException(
                $"Connector '{context.Connector}': no file matches the pattern {full}. "
                + $"Check the pattern in {SettingsKey(context, relativeKey)}, or add the files it names.");
        }

        matches.Sort((left, right) => string.CompareOrdinal(Path.GetFileName(left), Path.GetFileName(right)));
        return matches;
    }

    /// <summary>
    /// Opens a delimited file up to its header and logs what was repaired on the way. <paramref name="relativeKey"/>
    /// is the settings key that names the file. <paramref name="singleLineRecords"/> is
    /// <see cref="DelimitedFileOptions.SingleLineRecords"/>.
    /// </summary>
    public static DelimitedFile OpenDelimited(PullContext context, string path, string relativeKey, string encoding,
        string? separator, bool singleLineRecords = false)
    {
        DelimitedFile file;
        try
        {
            file = DelimitedFile.Open(path,
                new DelimitedFileOptions
                {
                    Encoding = encoding, Separator = separator, SingleLineRecords = singleLineRecords,
                },
                context.DisplayPath(path));
        }
        catch (ArgumentException exception)
        {
            throw new ConnectorException(
                $"Connector '{context.Connector}': {exception.Message} Fix the Encoding setting that goes with "
                + $"{SettingsKey(context, relativeKey)}.", exception);
        }
        catch (InvalidDataException exception)
        {
            throw new ConnectorException(
                $"Connector '{context.Connector}': {exception.Message} Check the file named in "
                + $"{SettingsKey(context, relativeKey)}.", exception);
        }

        foreach (var warning in file.Warnings)
        {
            CoreLog.FileRepaired(context.Logger, path, warning);
        }

        return file;
    }
}
