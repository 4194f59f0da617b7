package fr.marelle.platform.control;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageRequestTest {

    private static final Map<String, String> COLUMNS = Map.of("at", "e.at", "actor", "e.actor_email");

    @Test
    void aKnownSortFieldOrdersByItsColumnWithTheTieBreakAndThePage() {
        assertEquals(" order by e.actor_email asc, e.id desc offset 50 limit 25",
                new PageRequest(50, 25, "actor", true).orderBy(COLUMNS, "e.at desc", "e.id desc"));
    }

    @Test
    void anUnknownOrMissingSortFieldNeverReachesTheSqlAndTheListKeepsItsOwnOrder() {
        assertEquals(" order by e.at desc, e.id desc offset 0 limit 25",
                new PageRequest(0, 25, "1; drop table audit_entry", false).orderBy(COLUMNS, "e.at desc", "e.id desc"));
        assertEquals(" order by e.at desc, e.id desc offset 0 limit 25",
                PageRequest.first(25).orderBy(COLUMNS, "e.at desc", "e.id desc"));
    }

    @Test
    void aPageStartsAtZeroOrLaterAndHoldsOneToTheLongestPageRows() {
        PageRequest silly = new PageRequest(-10, 100_000, null, false);
        assertEquals(0, silly.offset());
        assertEquals(PageRequest.MAX_ROWS, silly.limit());
        assertEquals(1, new PageRequest(0, 0, null, false).limit());
    }
}
