using LocalInsights.Connectors.Investment.Parsing;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Connectors.Investment;

/// <summary>
/// Reads an authority's investment register, the finance spreadsheet of purchases, from <c>.xlsx</c> or
/// delimited files into <see cref="InvestmentLine"/> records.
/// </summary>
/// <remarks>
/// <para>
/// Every line is written whatever its date: the aggregation decides which lines count for a month. A file that
/// is missing, unreadable or lacks a required column fails the pull, so a partial register never replaces a
/// complete one. A bad row is rejected with its file, line, column, value and reason, and the pull goes on.
/// </para>
/// <para>
/// When a row gives both the amount excluding VAT and quantity × unit price and they differ by more than one
/// cent, the amount is kept as written and the difference observed as <see cref="QualityIssueKind.AmountMismatch"/>.
/// An inventory number seen twice is observed as <see cref="QualityIssueKind.Duplicate"/> and both lines are kept.
/// </para>
/// </remarks>
public sealed class InvestmentRegisterConnector : IConnector
{
    public const string Type = "investment-register";

    public ConnectorDescriptor Descriptor { get; } = new(
        Type,
        "Investment register",
        [typeof(InvestmentLine), typeof(QualityObservation)],
        typeof(InvestmentRegisterOptions),
        new ProcessingDeclaration(
            "Measure the cost per active device and the spend per funding programme, from the purchases the "
            + "authority records in its investment register.",
            [
                "purchases (inventory number, item, category, quantity, acquisition date, depreciation years)",
                "amounts excluding and including VAT, VAT rates and funding shares",
                "UAI codes of the establishments equipped",
                "serial numbers of the devices bought",
            ],
            [
                "none: the register describes purchases, not people; comment columns, which may name people, "
                + "are never read",
            ],
            "Investment lines are kept as long as the aggregates that use them, which is years. Raw copies of the "
            + "register files are not kept, because their free-text columns, such as comments, may name people."));

    public async Task PullAsync(PullContext context, CancellationToken cancellationToken)
    {
        var options = context.GetOptions<InvestmentRegisterOptions>();
        var sectionPath = context.Settings is IConfigurationSection section ? section.Path : context.Connector;
        var state = new RegisterPullState(new CategoryResolver(options));
        var writtenBefore = context.RecordsWritten;
        for (var index = 0; index < options.Files.Count; index++)
        {
            var settings = RegisterFileSettings.Create(options, index, sectionPath, context.BaseDirectory);
            await new RegisterFileImport(settings, context, state, sectionPath).RunAsync(cancellationToken);
        }

        InvestmentRegisterLog.RegisterRead(context.Logger, context.Connector, options.Files.Count, context.RowsRead,
            context.RecordsWritten - writtenBefore, context.RejectedRows);
    }
}
