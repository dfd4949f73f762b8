namespace LocalInsights.DemoGenerator;

/// <summary>
/// The fixed dates of the demo: the month it describes and the moment its device lists were exported. No value
/// in the generated files depends on the clock of the machine that runs the generator.
/// </summary>
internal static class DemoCalendar
{
    public static readonly DateOnly MonthStart = new(2026, 11, 1);

    public static readonly DateOnly MonthEnd = new(2026, 11, 30);

    /// <summary>When the Intune and GLPI exports were taken, in UTC (07:00 in Paris).</summary>
    public static readonly DateTime SnapshotUtc = new(2026, 11, 30, 6, 0, 0, DateTimeKind.Utc);

    /// <summary>Start of the school year the demo month belongs to.</summary>
    public static readonly DateOnly SchoolYearStart = new(2026, 9, 1);

    /// <summary>11 November (Armistice Day) is a public holiday in France.</summary>
    public static readonly DateOnly PublicHoliday = new(2026, 11, 11);

    public static IEnumerable<DateOnly> MonthDays()
    {
        for (var day = MonthStart; day <= MonthEnd; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    /// <summary>
    /// Returns true on days with lessons in most écoles of Ille-et-Vilaine: Monday, Tuesday, Thursday and Friday
    /// outside public holidays.
    /// </summary>
    /// <remarks>
    /// NOTE: the demo assumes lessons resume on Monday 2 November 2026 after the autumn holidays. The official
    /// 2026-2027 school calendar was not checked.
    /// </remarks>
    public static bool IsPrimarySchoolDay(DateOnly day) =>
        day != PublicHoliday
        && day.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Tuesday or DayOfWeek.Thursday or DayOfWeek.Friday;
}
