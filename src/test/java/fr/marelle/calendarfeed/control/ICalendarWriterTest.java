package fr.marelle.calendarfeed.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ICalendarWriterTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Instant paris(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute), PARIS).toInstant();
    }

    private static ICalendarWriter.Event event(String summary, String location) {
        return new ICalendarWriter.Event("booking-42@marelle.example.org", paris(2027, 3, 1, 10, 0),
                paris(2027, 3, 10, 9, 0), paris(2027, 3, 10, 17, 0), summary, location);
    }

    @Test
    void everyLineEndsWithCrlfAndNoBareLineFeedRemains() {
        String ics = ICalendarWriter.write("Marelle – Léa", List.of(event("Centre de loisirs – Léa", "Les Tilleuls")));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertFalse(ics.replace("\r\n", "").contains("\n"), "a line feed without carriage return");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "a carriage return without line feed");
    }

    @Test
    void theCalendarHasItsHeaderAndOneConfirmedEventPerBooking() {
        String ics = ICalendarWriter.write("Marelle – Léa", List.of(event("Cantine – Léa", "École Jules-Ferry"),
                event("Judo – Léa", "Gymnase")));
        List<String> lines = Arrays.asList(ics.split("\r\n"));
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PRODID:")));
        assertTrue(lines.contains("X-WR-CALNAME:Marelle – Léa"));
        assertEquals(2, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertEquals(2, lines.stream().filter("STATUS:CONFIRMED"::equals).count());
        assertTrue(lines.contains("UID:booking-42@marelle.example.org"));
        assertTrue(lines.contains("LOCATION:École Jules-Ferry"));
        assertTrue(lines.contains("DTSTAMP:20270301T090000Z"));
    }

    @Test
    void parisTimesAreWrittenInUtcAcrossDaylightSaving() {
        // winter: Paris is UTC+1; summer: UTC+2 (the change in 2027 is on 28 March)
        String winter = ICalendarWriter.write("x", List.of(event("a", null)));
        assertTrue(winter.contains("DTSTART:20270310T080000Z\r\n"), winter);
        assertTrue(winter.contains("DTEND:20270310T160000Z\r\n"), winter);
        String summer = ICalendarWriter.write("x", List.of(new ICalendarWriter.Event("u", paris(2027, 7, 1, 8, 0),
                paris(2027, 7, 7, 9, 0), paris(2027, 7, 7, 17, 30), "Stage", null)));
        assertTrue(summer.contains("DTSTART:20270707T070000Z\r\n"), summer);
        assertTrue(summer.contains("DTEND:20270707T153000Z\r\n"), summer);
        assertFalse(summer.contains("LOCATION"), "no empty location");
    }

    @Test
    void commasSemicolonsBackslashesAndNewLinesAreEscapedInText() {
        assertEquals("Repas\\, goûter\\; sortie \\\\ piscine\\nsecond\\nthird",
                ICalendarWriter.text("Repas, goûter; sortie \\ piscine\nsecond\r\nthird"));
        assertEquals("bell", ICalendarWriter.text("be\u0007ll"), "control characters are dropped");
        String ics = ICalendarWriter.write("x", List.of(event("Cantine, midi; menu", "Salle A\nrez-de-chaussée")));
        assertTrue(ics.contains("SUMMARY:Cantine\\, midi\\; menu\r\n"), ics);
        assertTrue(ics.contains("LOCATION:Salle A\\nrez-de-chaussée\r\n"), ics);
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingAMultibyteCharacter() {
        String summary = "Centre de loisirs élémentaire – Héloïse, Maïwenn et Éléonore ".repeat(4) + "😀✓";
        String ics = ICalendarWriter.write("x", List.of(event(summary, null)));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "too long: " + line);
            assertFalse(line.contains("\uFFFD"), line);
        }
        // every continuation starts with one space; unfolding gives back the value
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + ICalendarWriter.text(summary) + "\r\n"), unfolded);
        // a line is cut at exactly 75 octets when the characters allow it
        StringBuilder out = new StringBuilder();
        ICalendarWriter.line(out, "X:" + "a".repeat(200));
        String[] parts = out.toString().split("\r\n");
        assertEquals(75, parts[0].length());
        assertEquals(" " + "a".repeat(74), parts[1]);
    }

    @Test
    void aMultibyteCharacterThatWouldCrossTheLimitGoesToTheNextLine() {
        StringBuilder out = new StringBuilder();
        ICalendarWriter.line(out, "S:" + "a".repeat(72) + "é" + "b");
        String[] parts = out.toString().split("\r\n");
        // 2 + 72 = 74 octets; "é" takes 2 more, which would make 76: it moves to the next line
        assertEquals("S:" + "a".repeat(72), parts[0]);
        assertEquals(" éb", parts[1]);
    }

    @Test
    void anEmptyCalendarIsStillValid() {
        String ics = ICalendarWriter.write("Marelle – Zoé", List.of());
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        assertFalse(ics.contains("VEVENT"));
    }

    @Test
    void aCancelledBookingKeepsItsUidWithAHigherSequenceAndNoLongerMakesTheChildBusy() {
        ICalendarWriter.Event confirmed = new ICalendarWriter.Event("booking-7@marelle.example.org",
                paris(2027, 3, 1, 10, 0), paris(2027, 3, 10, 9, 0), paris(2027, 3, 10, 17, 0), "Judo – Léa", "Gymnase",
                "Lieu : Gymnase\nPour annuler : jusqu’au mardi 9 mars 2027 à 10:00.",
                "https://portail.example.org/parent/bookings.xhtml?child=3&from=2027-03-10", false, 0);
        ICalendarWriter.Event cancelled = new ICalendarWriter.Event(confirmed.uid(), paris(2027, 3, 5, 18, 30),
                confirmed.start(), confirmed.end(), "Annulé : Judo – Léa", "Gymnase", "Réservation annulée.",
                confirmed.url(), true, 1);
        List<String> before = Arrays.asList(ICalendarWriter.write("x", List.of(confirmed)).split("\r\n"));
        List<String> after = Arrays.asList(ICalendarWriter.write("x", List.of(cancelled)).split("\r\n"));
        assertTrue(before.contains("SEQUENCE:0") && before.contains("STATUS:CONFIRMED") && before.contains("TRANSP:OPAQUE"), before.toString());
        assertTrue(after.contains("UID:booking-7@marelle.example.org"));
        assertTrue(after.contains("SEQUENCE:1") && after.contains("STATUS:CANCELLED") && after.contains("TRANSP:TRANSPARENT"), after.toString());
        assertTrue(after.contains("DTSTAMP:20270305T173000Z"), "the stamp of a cancelled event is its cancellation");
    }

    @Test
    void theDescriptionIsEscapedTextAndTheUrlAUriKeptAsItIs() {
        ICalendarWriter.Event e = new ICalendarWriter.Event("u", paris(2027, 3, 1, 10, 0), paris(2027, 3, 10, 9, 0),
                paris(2027, 3, 10, 17, 0), "Cantine", null, "Lieu : École, bâtiment B\nEnfant : Léa",
                "https://portail.example.org/parent/bookings.xhtml?child=3&from=2027-03-10", false, 0);
        String unfolded = ICalendarWriter.write("x", List.of(e)).replace("\r\n ", "");
        assertTrue(unfolded.contains("DESCRIPTION:Lieu : École\\, bâtiment B\\nEnfant : Léa\r\n"), unfolded);
        assertTrue(unfolded.contains("URL:https://portail.example.org/parent/bookings.xhtml?child=3&from=2027-03-10\r\n"), unfolded);
        assertFalse(ICalendarWriter.write("x", List.of(event("a", null))).contains("DESCRIPTION"), "no empty description");
    }
}
