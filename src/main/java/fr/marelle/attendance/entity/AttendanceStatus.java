package fr.marelle.attendance.entity;

/** What staff saw on a session: the child came (booked or not), or was absent with or without excuse. */
public enum AttendanceStatus {
    PRESENT, ABSENT_EXCUSED, ABSENT_UNEXCUSED, PRESENT_WITHOUT_BOOKING;

    public boolean isPresent() {
        return this == PRESENT || this == PRESENT_WITHOUT_BOOKING;
    }

    public boolean isAbsent() {
        return !isPresent();
    }
}
