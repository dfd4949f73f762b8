using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.Graph;

/// <summary>The record of processing activities entry of the Microsoft Graph connector.</summary>
internal static class GraphProcessing
{
    public static ProcessingDeclaration Declaration { get; } = new(
        Purpose: "Show whether the devices, licences and Microsoft 365 services the authority pays for are used: "
            + "managed devices per establishment and how recently each checked in, licence units per SKU, and "
            + "distinct active users per establishment, platform and month.",
        DataCategories:
        [
            "device identifiers, names, serial numbers, model, operating system, compliance state and dates",
            "licence units per SKU and the SKUs assigned to each user, counted per establishment",
            "per user: a keyed pseudonym of the user principal name, the establishment and role read from a "
                + "configured account attribute, and the last activity date in each usage report",
        ],
        DataSubjects: ["pupils, teachers and staff with an account in the authority's Microsoft 365 tenant"],
        Retention: "Raw Graph responses are not kept. Per-person activity records (pseudonymised) are kept about "
            + "a year; device, licence and aggregate figures for years. User names, e-mail addresses, phone "
            + "numbers and device users are dropped when read and never stored.");
}
