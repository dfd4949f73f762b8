namespace LocalInsights.DemoGenerator.Output;

/// <summary>The kinds of deliberate fault, as FAULTS.md titles them.</summary>
internal static class FaultKinds
{
    public const string InvalidUai = "Invalid UAI code";
    public const string MalformedRow = "Malformed row";
    public const string UaiNeedsNormalisation = "UAI valid only after normalisation";
    public const string DuplicateDevice = "Duplicate device";
    public const string UnmappedDevice = "Unmapped device";

    public static readonly IReadOnlyList<string> InReportOrder =
        [InvalidUai, MalformedRow, UaiNeedsNormalisation, DuplicateDevice, UnmappedDevice];
}
