package fr.marelle.planning.entity;

/** How a booking or cancelling deadline is computed from a session's date (times in Europe/Paris). */
public enum DeadlineKind {
    /** Until the session starts. */
    NONE,
    /** N calendar days before the session day, at HH:MM (0 = the same day). */
    CALENDAR_DAYS,
    /** N working days before the session day at HH:MM; working days skip weekends and public holidays. */
    WORKING_DAYS,
    /** N hours before the session starts (real elapsed hours, also across daylight-saving changes). */
    HOURS_BEFORE,
    /** A weekday (1 = Monday ... 7 = Sunday) of the week before the session's week, at HH:MM. */
    WEEKDAY_OF_PREVIOUS_WEEK,
    /** Day D of the month before the session's month at HH:MM (the month's last day when it is shorter). */
    DAY_OF_PREVIOUS_MONTH
}
