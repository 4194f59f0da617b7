package fr.marelle.privacy.control;

import fr.marelle.privacy.control.IdleAccountRules.Stage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdleAccountRulesTest {

    private static final LocalDate IDLE_SINCE = LocalDate.of(2023, 12, 4);
    private static final LocalDate DELETION = LocalDate.of(2026, 12, 4);

    @Test
    void deletedThirtySixMonthsAfterTheLastActivity() {
        assertEquals(DELETION, IdleAccountRules.deletionOn(IDLE_SINCE, 36));
    }

    @Test
    void warnedAYearTwoMonthsAndAWeekBefore() {
        assertEquals(Optional.empty(), IdleAccountRules.warningDue(IDLE_SINCE, 36, Map.of(), LocalDate.of(2025, 12, 3)));
        assertEquals(Optional.of(Stage.YEAR), IdleAccountRules.warningDue(IDLE_SINCE, 36, Map.of(), LocalDate.of(2025, 12, 4)));
        Map<Stage, LocalDate> year = Map.of(Stage.YEAR, LocalDate.of(2025, 12, 4));
        assertEquals(Optional.empty(), IdleAccountRules.warningDue(IDLE_SINCE, 36, year, LocalDate.of(2026, 10, 3)));
        assertEquals(Optional.of(Stage.TWO_MONTHS), IdleAccountRules.warningDue(IDLE_SINCE, 36, year, LocalDate.of(2026, 10, 4)));
        Map<Stage, LocalDate> two = Map.of(Stage.YEAR, LocalDate.of(2025, 12, 4), Stage.TWO_MONTHS, LocalDate.of(2026, 10, 4));
        assertEquals(Optional.empty(), IdleAccountRules.warningDue(IDLE_SINCE, 36, two, LocalDate.of(2026, 11, 26)));
        assertEquals(Optional.of(Stage.WEEK), IdleAccountRules.warningDue(IDLE_SINCE, 36, two, LocalDate.of(2026, 11, 27)));
    }

    @Test
    void aMissedWarningIsReplacedByTheNextOneNeverSentLateInARow() {
        // the job did not run for months: only the most urgent warning goes out, and only once
        assertEquals(Optional.of(Stage.WEEK), IdleAccountRules.warningDue(IDLE_SINCE, 36, Map.of(), LocalDate.of(2026, 12, 1)));
        assertEquals(Optional.empty(), IdleAccountRules.warningDue(IDLE_SINCE, 36,
                Map.of(Stage.WEEK, LocalDate.of(2026, 12, 1)), LocalDate.of(2026, 12, 2)));
    }

    @Test
    void neverErasedWithoutAWeeksNoticeAfterTheLastWarning() {
        assertEquals(Optional.empty(), IdleAccountRules.erasableFrom(IDLE_SINCE, 36, Map.of(Stage.YEAR, LocalDate.of(2025, 12, 4))));
        assertEquals(Optional.of(DELETION), IdleAccountRules.erasableFrom(IDLE_SINCE, 36, Map.of(Stage.WEEK, LocalDate.of(2026, 11, 27))));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 8)),
                IdleAccountRules.erasableFrom(IDLE_SINCE, 36, Map.of(Stage.WEEK, LocalDate.of(2026, 12, 1))));
    }

    @Test
    void theLastWarningAnnouncesTheDayItReallyHappens() {
        assertEquals(DELETION, IdleAccountRules.announcedDeletion(IDLE_SINCE, 36, Stage.YEAR, LocalDate.of(2025, 12, 4)));
        assertEquals(DELETION, IdleAccountRules.announcedDeletion(IDLE_SINCE, 36, Stage.WEEK, LocalDate.of(2026, 11, 27)));
        assertEquals(LocalDate.of(2026, 12, 8), IdleAccountRules.announcedDeletion(IDLE_SINCE, 36, Stage.WEEK, LocalDate.of(2026, 12, 1)));
    }
}
