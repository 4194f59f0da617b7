package fr.marelle.observability.control;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per line: time (UTC, ISO 8601), level, logger, message, thread, the request id
 * and account id of the request being served, and the exception with its stack trace. No colour
 * codes: control characters are escaped like any other.
 */
public class JsonLogFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
        StringBuilder out = new StringBuilder(256).append('{');
        field(out, "time", DateTimeFormatter.ISO_INSTANT.format(record.getInstant()));
        field(out, "level", record.getLevel().getName());
        field(out, "logger", record.getLoggerName());
        field(out, "message", formatMessage(record));
        field(out, "thread", Thread.currentThread().getName());
        LogContext.Current context = LogContext.current();
        if (context != null) {
            field(out, "requestId", context.requestId());
            if (context.accountId() != null) {
                out.append(",\"accountId\":").append(context.accountId());
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            field(out, "exception", trace.toString());
        }
        return out.append('}').append(System.lineSeparator()).toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        if (out.length() > 1) {
            out.append(',');
        }
        out.append('"').append(name).append("\":");
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
