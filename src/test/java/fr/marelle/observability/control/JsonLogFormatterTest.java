package fr.marelle.observability.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLogFormatterTest {

    private final JsonLogFormatter formatter = new JsonLogFormatter();

    @AfterEach
    void forgetTheRequest() {
        LogContext.clear();
    }

    private static LogRecord record(Level level, String message, Object... params) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("fr.marelle.booking.control.Bookings");
        record.setInstant(Instant.parse("2027-03-10T08:15:30.123Z"));
        record.setParameters(params);
        return record;
    }

    private static JsonObject parse(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }

    @Test
    void aRecordIsOneJsonObjectOnOneLineWithTimeLevelLoggerAndMessage() {
        String line = formatter.format(record(Level.WARNING, "Session {0} full", 42));
        assertTrue(line.endsWith(System.lineSeparator()));
        assertEquals(1, line.strip().lines().count(), line);
        JsonObject json = parse(line);
        assertEquals("2027-03-10T08:15:30.123Z", json.getString("time"));
        assertEquals("WARNING", json.getString("level"));
        assertEquals("fr.marelle.booking.control.Bookings", json.getString("logger"));
        assertEquals("Session 42 full", json.getString("message"));
        assertFalse(json.containsKey("requestId"), "no request: no id");
    }

    @Test
    void theRequestIdAndAccountOfTheRequestBeingServedAreInItsRecords() {
        LogContext.set("it-request-0001", 1234L);
        JsonObject json = parse(formatter.format(record(Level.INFO, "booked")));
        assertEquals("it-request-0001", json.getString("requestId"));
        assertEquals(1234, json.getJsonNumber("accountId").longValue());
        LogContext.set("anonymous-0002", null);
        assertFalse(parse(formatter.format(record(Level.INFO, "x"))).containsKey("accountId"));
    }

    @Test
    void anExceptionComesWithItsStackTraceInOneEscapedField() {
        LogRecord record = record(Level.SEVERE, "Mail sender run failed");
        record.setThrown(new IllegalStateException("SMTP \"down\"\ttoday"));
        String line = formatter.format(record);
        assertEquals(1, line.strip().lines().count(), "the trace stays on the line: " + line);
        String exception = parse(line).getString("exception");
        assertTrue(exception.startsWith("java.lang.IllegalStateException: SMTP \"down\"\ttoday"), exception);
        assertTrue(exception.contains("at fr.marelle.observability.control.JsonLogFormatterTest"), exception);
    }

    @Test
    void colourCodesAndOtherControlCharactersAreEscapedNotWritten() {
        String line = formatter.format(record(Level.INFO, "\u001b[1;92mready\u001b[0m"));
        assertFalse(line.contains("\u001b"), "no raw escape character");
        assertEquals("\u001b[1;92mready\u001b[0m", parse(line).getString("message"), "the text itself is kept");
    }

    @Test
    void aSaneRequestIdIsKeptAndAnythingElseReplaced() {
        assertEquals("0a1b2c3d-proxy.id:7", LogContext.requestId("0a1b2c3d-proxy.id:7"));
        for (String bad : new String[]{null, "", "short", "<script>alert(1)</script>", "a b c d e f g h", "x".repeat(65)}) {
            String id = LogContext.requestId(bad);
            assertTrue(id.matches("[0-9a-f]{24}"), bad + " -> " + id);
        }
        assertFalse(LogContext.requestId(null).equals(LogContext.requestId(null)), "a new id each time");
    }
}
