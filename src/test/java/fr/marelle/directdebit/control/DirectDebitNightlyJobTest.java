package fr.marelle.directdebit.control;

import fr.marelle.platform.control.JobClaims;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DirectDebitNightlyJobTest {

    /** Claims as the job_claim table gives them: the first to ask for a period gets it. */
    static final class Table extends JobClaims {
        final Set<String> taken = new HashSet<>();
        int asked;

        @Override
        public boolean claim(String job, String period) {
            asked++;
            return taken.add(job + "/" + period);
        }
    }

    static final class Work extends DebitRuns {
        final List<String> done = new ArrayList<>();

        @Override
        public int settleDue() {
            done.add("settle");
            return 2;
        }
    }

    static final class Lapses extends SepaMandates {
        @Override
        public int lapseDue() {
            return 1;
        }
    }

    private static DirectDebitNightlyJob node(Table table, Work work, String parisTime) {
        DirectDebitNightlyJob job = new DirectDebitNightlyJob();
        job.claims = table;
        job.runs = work;
        job.mandates = new Lapses();
        job.clock = Clock.fixed(ZonedDateTime.parse(parisTime + "+01:00[Europe/Paris]").toInstant(), ZoneId.of("UTC"));
        return job;
    }

    @Test
    void nothingHappensBeforeOneInTheMorningByThePortalsClock() {
        Table table = new Table();
        Work work = new Work();
        assertNull(node(table, work, "2026-12-07T00:59").runIfDue());
        assertEquals(0, table.asked);
        assertEquals(List.of(), work.done);
    }

    @Test
    void theFirstNodeToClaimTheNightRunsItAndTheOthersSkipIt() {
        Table table = new Table();
        Work first = new Work();
        Work second = new Work();
        assertEquals(new DirectDebitNightlyJob.Night(LocalDate.of(2026, 12, 7), 2, 1), node(table, first, "2026-12-07T01:00").runIfDue());
        assertNull(node(table, second, "2026-12-07T01:00").runIfDue());
        assertEquals(List.of("settle"), first.done);
        assertEquals(List.of(), second.done);
    }

    @Test
    void aNodeAsksOncePerNightAndRunsTheNextOne() {
        Table table = new Table();
        Work work = new Work();
        DirectDebitNightlyJob job = node(table, work, "2026-12-07T02:00");
        job.runIfDue();
        job.runIfDue();
        assertEquals(1, table.asked, "the night seen claimed: no more round trips");
        job.clock = Clock.offset(job.clock, java.time.Duration.ofDays(1));
        assertEquals(LocalDate.of(2026, 12, 8), job.runIfDue().day());
        assertEquals(List.of("settle", "settle"), work.done);
    }
}
