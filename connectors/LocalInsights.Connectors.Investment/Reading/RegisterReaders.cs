using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.Investment.Reading;

/// <summary>
/// Opens a register file with the reader its format needs. A file that cannot be opened fails with a message that
/// names the fix.
/// </summary>
internal static class RegisterReaders
{
    public static IRegisterReader Open(RegisterFileSettings settings, string sectionPath) => settings.Format switch
    {
        RegisterFormat.Workbook => OpenWorkbook(settings, sectionPath),
        _ => OpenDelimited(settings),
    };

    private static DelimitedRegisterReader OpenDelimited(RegisterFileSettings settings)
    {
        try
        {
            return DelimitedRegisterReader.Open(settings);
        }
        catch (Exception exception) when (IsAccessProblem(exception))
        {
            throw Unreadable(settings, exception);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or ArgumentException)
        {
            throw new ConnectorException(
                $"Investment register file '{settings.Path}' could not be read as delimited text: {exception.Message}",
                exception);
        }
    }

    private static WorkbookRegisterReader OpenWorkbook(RegisterFileSettings settings, string sectionPath)
    {
        WorkbookRegisterReader? reader;
        IReadOnlyList<string> sheets;
        try
        {
            reader = WorkbookRegisterReader.Open(settings.FullPath, settings.Sheet, out sheets);
        }
        catch (Exception exception) when (IsAccessProblem(exception))
        {
            throw Unreadable(settings, exception);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // ClosedXML and the Open XML SDK raise many exception types for a damaged or mislabelled file.
            throw new ConnectorException(
                $"Investment register file '{settings.Path}' is not a readable .xlsx workbook: "
                + $"{WorkbookFileProblem.Describe(settings.FullPath, exception)}.",
                exception);
        }

        return reader ?? throw new ConnectorException(
            $"Investment register file '{settings.Path}' has no sheet '{settings.Sheet}'. Sheets found: "
            + $"{string.Join(", ", sheets.Select(name => $"'{name}'"))}. Set {settings.FileKey}:Sheet, or "
            + $"{sectionPath}:Sheet for every file, to one of them.");
    }

    /// <summary>
    /// True for a file that exists but cannot be opened: access is denied, or another program locks it, which
    /// raises a plain <see cref="IOException"/> rather than one of its subtypes.
    /// </summary>
    private static bool IsAccessProblem(Exception exception) =>
        exception is UnauthorizedAccessException || exception.GetType() == typeof(IOException);

    private static ConnectorException Unreadable(RegisterFileSettings settings, Exception exception) => new(
        $"Investment register file '{settings.FullPath}' could not be read: {exception.Message} "
        + "Close it in any program that locks it and check the permissions of the account that runs the pull.",
        exception);
}
