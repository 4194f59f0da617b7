package fr.marelle.calendarfeed.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an RFC 5545 calendar of events: CRLF line ends, TEXT values escaped, lines folded at
 * 75 octets without splitting a UTF-8 character.
 *
 * <p>Times are written in UTC ({@code 20270310T080000Z}) rather than as local times with a
 * TZID and a hand-written VTIMEZONE: UTC is read the same way by every client (Google,
 * Outlook, Apple, Thunderbird), whereas a VTIMEZONE must repeat the DST rules correctly and
 * some clients ignore it in favour of their own idea of the zone name. The conversion from the
 * session's Paris wall-clock time is done with java.time, which knows the DST changes.
 *
 * <p>Hand-written rather than with ical4j: a feed of a few VEVENTs with a dozen properties does
 * not justify the library and its dependencies in the WAR, and the rules it needs are these.
 */
public final class ICalendarWriter {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * One event; start, end and stamp are instants, written in UTC. A cancelled event keeps its UID
     * with a higher {@code sequence}, so that calendar applications replace the event they hold.
     */
    public record Event(String uid, Instant stamp, Instant start, Instant end, String summary, String location,
                        String description, String url, boolean cancelled, int sequence) {

        /** A confirmed event without description nor link. */
        public Event(String uid, Instant stamp, Instant start, Instant end, String summary, String location) {
            this(uid, stamp, start, end, summary, location, null, null, false, 0);
        }
    }

    private ICalendarWriter() {
    }

    public static String write(String calendarName, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:-//Marelle//Portail famille//FR");
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        line(out, "X-WR-TIMEZONE:Europe/Paris");
        // how often subscribing clients should fetch the feed again (Apple, Outlook)
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(out, "X-PUBLISHED-TTL:PT1H");
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(e.uid()));
            line(out, "DTSTAMP:" + UTC.format(e.stamp()));
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "DTSTART:" + UTC.format(e.start()));
            line(out, "DTEND:" + UTC.format(e.end()));
            line(out, "SUMMARY:" + text(e.summary()));
            if (e.location() != null && !e.location().isBlank()) {
                line(out, "LOCATION:" + text(e.location()));
            }
            if (e.description() != null && !e.description().isBlank()) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            if (e.url() != null) {
                line(out, "URL:" + e.url()); // a URI value: not escaped as TEXT
            }
            line(out, e.cancelled() ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
            // a cancelled booking no longer makes the child busy
            line(out, e.cancelled() ? "TRANSP:TRANSPARENT" : "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and new lines escaped; other controls dropped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> b.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Appends a content line folded at 75 octets: CRLF and a space before each continuation. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
