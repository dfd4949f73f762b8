using DocumentFormat.OpenXml.Packaging;

namespace LocalInsights.Connectors.Investment.Reading;

/// <summary>
/// Diagnosis of a file that ClosedXML could not open, in words the register keeper can act on. ClosedXML 0.95
/// fails with whatever its parser meets first, such as a NullReferenceException for a ZIP archive that contains
/// no workbook.
/// </summary>
internal static class WorkbookFileProblem
{
    private const string NotZip = "it is not a ZIP package, as every .xlsx file is: open it in Excel and save it "
        + "again as .xlsx, or rename it to .csv if it contains CSV text";

    private const string NoWorkbook = "it is a ZIP archive with no Excel workbook inside: extract the register from "
        + "it, or open it in Excel and save it again as .xlsx";

    /// <summary>Returns the reason <paramref name="path"/> could not be opened, for a message.</summary>
    /// <param name="path">Full path of the file.</param>
    /// <param name="exception">What ClosedXML raised, described when the package itself looks sound.</param>
    public static string Describe(string path, Exception exception)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(path, isEditable: false);
            if (document.WorkbookPart is null)
            {
                return NoWorkbook;
            }
        }
        catch (Exception problem) when (problem is InvalidDataException or FileFormatException)
        {
            return NotZip;
        }
        catch (OpenXmlPackageException)
        {
            return NoWorkbook;
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            // The package cannot be inspected either, so ClosedXML's own error is the best description left.
        }

        return $"ClosedXML could not read it ({exception.GetType().Name}: {exception.Message}): open it in Excel "
            + "and save it again as .xlsx";
    }
}
