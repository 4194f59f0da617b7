package fr.marelle.platform.control;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** At most {@code count} requests per {@code window}; written {@code 10/1h} in settings (s, m, h or d). */
public record ThrottleLimit(int count, Duration window) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*([smhd])\\s*");

    public ThrottleLimit {
        if (count < 1 || window.isNegative() || window.toSeconds() < 1) {
            throw new IllegalArgumentException("a throttle limit needs at least one request per second or more");
        }
    }

    public static ThrottleLimit parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("a throttle limit is written like 10/1h (s, m, h or d): " + text);
        }
        long amount = Long.parseLong(m.group(2));
        Duration window = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return new ThrottleLimit(Integer.parseInt(m.group(1)), window);
    }
}
