using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>The record of processing activities entry shared by the device export connectors.</summary>
internal static class DeviceExportProcessing
{
    public static ProcessingDeclaration Declaration(string source) => new(
        Purpose: $"Count the devices {source} manages per establishment and how recently each checked in, to show "
            + "whether equipment paid for by the authority is used.",
        DataCategories:
        [
            "device identifiers, names and serial numbers",
            "model, operating system and compliance state",
            "enrolment and last check-in dates",
        ],
        DataSubjects:
        [
            "pupils, teachers and staff who use the devices, only indirectly: user columns are never read, but a "
                + "device name may contain its user's name unless StoreDeviceNames is false",
        ],
        Retention: "Device records and aggregates are kept for years. Raw copies of the export are not kept, "
            + "because the file holds user names, e-mail addresses and phone numbers.");
}
