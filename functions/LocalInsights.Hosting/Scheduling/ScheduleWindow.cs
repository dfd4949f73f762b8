namespace LocalInsights.Hosting.Scheduling;

/// <summary>The month that a scheduled run pulls, relative to the local date of its occurrence.</summary>
public enum ScheduleWindow
{
    /// <summary>The month before the occurrence: a run on 2 December pulls November. The default.</summary>
    PreviousMonth,

    /// <summary>The month of the occurrence, for sources refreshed during the month, such as daily exports.</summary>
    CurrentMonth,
}
