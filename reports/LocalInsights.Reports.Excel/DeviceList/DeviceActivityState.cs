namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>State of a device at the end of the month, as the Devices sheet counts it.</summary>
public enum DeviceActivityState
{
    /// <summary>Last check-in within the active-days window that ends on the last day of the month.</summary>
    Active,

    /// <summary>Checked in at least once, but not within the active-days window.</summary>
    Idle,

    /// <summary>No check-in recorded.</summary>
    NeverSeen,
}
