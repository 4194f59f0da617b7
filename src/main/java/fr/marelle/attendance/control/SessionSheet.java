package fr.marelle.attendance.control;

import fr.marelle.attendance.entity.AttendanceStatus;
import fr.marelle.family.entity.Diet;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One session's list as staff read it at the door and print it: each child booked (confirmed) or
 * present without booking, with what matters that day (diet, allergies, PAI, who may and who must
 * not pick the child up, the guardians' phones) and the attendance marked so far.
 */
public record SessionSheet(long sessionId, String activity, String activityType, String site, LocalDate day,
                           LocalTime start, LocalTime end, String sessionStatus, boolean locked, boolean markable,
                           List<Line> children, Counts counts) {

    /** A person who may pick the child up, or who must not (court decision). */
    public record Person(String name, String relation, String phone, String otherPhone, String note) {

        /** "Monique Martin (grand-mère) 06 98 76 54 32" */
        public String text() {
            StringBuilder s = new StringBuilder(name);
            if (relation != null && !relation.isBlank()) {
                s.append(" (").append(relation).append(')');
            }
            if (phone != null) {
                s.append(' ').append(phone);
            }
            if (otherPhone != null) {
                s.append(" / ").append(otherPhone);
            }
            if (note != null && !note.isBlank()) {
                s.append(" – ").append(note);
            }
            return s.toString();
        }
    }

    /** One child on the list. {@code status} is null while unmarked. */
    public record Line(long childId, String firstName, String lastName, String levelCode, Diet diet, String dietOther,
                       String allergies, boolean pai, Long bookingId, long householdId, String householdName,
                       List<String> guardianPhones, List<Person> pickups, List<Person> notAllowed,
                       AttendanceStatus status, String markedBy, OffsetDateTime markedAt) {

        public String fullName() {
            return lastName + " " + firstName;
        }

        public boolean booked() {
            return bookingId != null;
        }

        public boolean marked() {
            return status != null;
        }
    }

    /** The figures at the top of the list: booked children, present (booked or not), absent, still unmarked. */
    public record Counts(int booked, int present, int absent, int unmarked) {

        public static Counts of(List<Line> lines) {
            int booked = 0;
            int present = 0;
            int absent = 0;
            int unmarked = 0;
            for (Line l : lines) {
                if (l.booked()) {
                    booked++;
                }
                if (l.status() == null) {
                    unmarked++;
                } else if (l.status().isPresent()) {
                    present++;
                } else {
                    absent++;
                }
            }
            return new Counts(booked, present, absent, unmarked);
        }
    }
}
