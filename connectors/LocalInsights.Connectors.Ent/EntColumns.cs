using LocalInsights.Core.Connectors;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Ent;

/// <summary>Finds the columns the ENT connectors need, with messages that name the settings key to fix.</summary>
internal static class EntColumns
{
    /// <summary>Returns the index of a required column, or throws naming the settings key to fix.</summary>
    public static int Require(PullContext context, DelimitedFile file, string column, string relativeKey)
    {
        var index = file.IndexOf(column);
        if (index < 0)
        {
            throw new ConnectorException(
                $"File {file.Path} has no column '{column}'; its columns are "
                + $"{string.Join(", ", file.Header.Select(name => $"'{name}'"))}. "
                + $"Check the file or set {ConnectorFiles.SettingsKey(context, relativeKey)}.");
        }

        return index;
    }
}
