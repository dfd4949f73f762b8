using LocalInsights.Core.Text;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Core.Connectors;

/// <summary>Resolves and opens the files named in a connector's settings, with messages that name the key.</summary>
public static class ConnectorFiles
{
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
    /// Opens a delimited file up to its header and logs what was repaired on the way. <paramref name="relativeKey"/>
    /// is the settings key that names the file.
    /// </summary>
    public static DelimitedFile OpenDelimited(
        PullContext context, string path, string relativeKey, string encoding, string? separator)
    {
        DelimitedFile file;
        try
        {
            file = DelimitedFile.Open(path, new DelimitedFileOptions { Encoding = encoding, Separator = separator },
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
