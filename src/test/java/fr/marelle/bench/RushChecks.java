package fr.marelle.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rush scenarios count as an answer and check after the rush: exactly the capacity confirmed when
 * demand exceeds it, every WAITING answer on the waiting list (and its counter), every confirmed booking's
 * mail queued.
 */
final class RushChecks {

    private static final Pattern RESULT = Pattern.compile("\"result\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern RULE = Pattern.compile("\"rule\"\\s*:\\s*\"([A-Za-z.]+)\"");

    private RushChecks() {
    }

    /**
     * One booking answer: its outcome (CONFIRMED, WAITING...), "REFUSED <rule>" for a single-session refusal
     * (409/422 with the rule), or "HTTP <status>" for anything else, which the benchmark counts as an error.
     */
    static String answer(int status, String body) {
        Matcher result = RESULT.matcher(body);
        if (status == 200 && result.find()) {
            return result.group(1);
        }
        Matcher rule = RULE.matcher(body);
        if ((status == 409 || status == 422) && rule.find()) {
            return "REFUSED " + rule.group(1);
        }
        return "HTTP " + status;
    }

    static boolean isError(String answer) {
        return answer.startsWith("HTTP");
    }

    /** What is wrong with one session after the rush (nothing when the list is empty). */
    static List<String> session(RushFixture.RushSession s, RushFixture.Counts c, Map<String, AtomicInteger> answered,
                                int parents) {
        List<String> wrong = new ArrayList<>();
        int confirmedAnswers = count(answered, "CONFIRMED");
        int waitingAnswers = count(answered, "WAITING");
        if (c.confirmedRows() != Math.min(c.capacity(), parents) || c.confirmedRows() != c.counterConfirmed()
                || confirmedAnswers != c.confirmedRows()) {
            wrong.add(String.format("session %d: %d confirmed in the database, counter %d, %d CONFIRMED answers,"
                    + " capacity %d", s.id(), c.confirmedRows(), c.counterConfirmed(), confirmedAnswers, c.capacity()));
        }
        int expectedWaiting = s.waitingList() ? parents - c.confirmedRows() : 0;
        if (c.waitingRows() != waitingAnswers || c.waitingRows() != c.counterWaiting() || c.waitingRows() != expectedWaiting) {
            wrong.add(String.format("session %d: %d waiting in the database, counter %d, %d WAITING answers, %d expected",
                    s.id(), c.waitingRows(), c.counterWaiting(), waitingAnswers, expectedWaiting));
        }
        if (c.confirmedWithoutMail() > 0) {
            wrong.add(String.format("session %d: %d confirmed bookings without their mail", s.id(), c.confirmedWithoutMail()));
        }
        return wrong;
    }

    private static int count(Map<String, AtomicInteger> answered, String key) {
        AtomicInteger n = answered.get(key);
        return n == null ? 0 : n.get();
    }
}
