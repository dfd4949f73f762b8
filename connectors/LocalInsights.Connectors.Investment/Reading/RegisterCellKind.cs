namespace LocalInsights.Connectors.Investment.Reading;

/// <summary>What a register cell holds.</summary>
internal enum RegisterCellKind
{
    Blank,

    /// <summary>Text, parsed with French rules when a number or date is expected.</summary>
    Text,

    /// <summary>A number typed in a workbook.</summary>
    Number,

    /// <summary>A date typed in a workbook.</summary>
    Date,

    /// <summary>TRUE or FALSE typed in a workbook.</summary>
    Boolean,

    /// <summary>A formula error such as <c>#N/A</c>, or a formula with no saved result.</summary>
    Error,
}
