namespace LocalInsights.Core.Model;

/// <summary>
/// A data-quality fact a connector observed: an invalid code, an unmapped device, a duplicate, concealed names.
/// These are the feedback the data-quality report gives to the people who produce the source files.
/// </summary>
public sealed record QualityObservation
{
    public required string Source { get; init; }
    public required QualityIssueKind Kind { get; init; }

    /// <summary>What the observation is about: a code, a rule name, a model; never a person's identifier.</summary>
    public required string Subject { get; init; }

    public string? File { get; init; }
    public long Count { get; init; } = 1;
    public string? Detail { get; init; }
}

public enum QualityIssueKind
{
    InvalidUai,
    UnknownUai,
    UnmappedDevice,
    UnknownModel,
    Duplicate,
    RejectedRows,
    ConcealedNames,
    CountMismatch,
    StaleSource,

    /// <summary>
    /// Amounts of one line that disagree, such as an amount excluding tax unequal to quantity × unit price.
    /// </summary>
    AmountMismatch,

    /// <summary>People of a per-user source whose establishment is unknown, so their activity is not attributed.</summary>
    UnmappedUser,

    /// <summary>Dates kept as read although no device could have them, such as a check-in in year 219.</summary>
    ImplausibleDate,
}
