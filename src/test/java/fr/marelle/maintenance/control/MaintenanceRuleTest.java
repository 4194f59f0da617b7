package fr.marelle.maintenance.control;

import fr.marelle.maintenance.control.MaintenanceRule.Answer;
import fr.marelle.maintenance.control.MaintenanceRule.Phase;
import fr.marelle.maintenance.control.MaintenanceRule.Window;
import fr.marelle.platform.control.ClockProducer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MaintenanceRuleTest {

    /** Saturday 19 September 2026, 20:00 to 23:00 Paris time, banner from 3 days before (16 September, 20:00). */
    private static final Optional<Window> WINDOW = Optional.of(new Window(paris("2026-09-19T20:00"), paris("2026-09-19T23:00"), 3));

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ClockProducer.PARIS).toInstant();
    }

    private static Clock at(String localDateTime) {
        return Clock.fixed(paris(localDateTime), ClockProducer.PARIS);
    }

    @Test
    void nothingBeforeTheBannerPeriodNorWithoutWindow() {
        assertEquals(Phase.NONE, MaintenanceRule.phase(WINDOW, at("2026-09-16T19:59")));
        assertEquals(Phase.NONE, MaintenanceRule.phase(Optional.empty(), at("2026-09-19T21:00")));
        assertEquals(Answer.PASS, MaintenanceRule.answer(WINDOW, at("2026-09-16T19:59"), "/parent/home.xhtml", false));
    }

    @Test
    void theBannerFromNDaysBeforeTheStart() {
        assertEquals(Phase.ANNOUNCED, MaintenanceRule.phase(WINDOW, at("2026-09-16T20:00")));
        assertEquals(Phase.ANNOUNCED, MaintenanceRule.phase(WINDOW, at("2026-09-19T19:59")));
        assertEquals(Answer.PASS, MaintenanceRule.answer(WINDOW, at("2026-09-19T19:59"), "/api/v1/bookings", false));
    }

    @Test
    void theBannerPeriodCountsParisDaysAcrossTheChangeOfTime() {
        // 25 October 2026: back to winter time; 3 days before 26 October 10:00 is 23 October 10:00 Paris time
        Optional<Window> overChange = Optional.of(new Window(paris("2026-10-26T10:00"), paris("2026-10-26T12:00"), 3));
        assertEquals(Phase.NONE, MaintenanceRule.phase(overChange, at("2026-10-23T09:59")));
        assertEquals(Phase.ANNOUNCED, MaintenanceRule.phase(overChange, at("2026-10-23T10:00")));
    }

    @Test
    void inTheWindowFamiliesAndAnonymousAreStoppedStaffGoesOn() {
        Clock in = at("2026-09-19T20:00");
        assertEquals(Phase.ONGOING, MaintenanceRule.phase(WINDOW, in));
        assertEquals(Answer.MAINTENANCE_PAGE, MaintenanceRule.answer(WINDOW, in, "/parent/home.xhtml", false));
        assertEquals(Answer.MAINTENANCE_PAGE, MaintenanceRule.answer(WINDOW, in, "/index.xhtml", false));
        assertEquals(Answer.MAINTENANCE_PAGE, MaintenanceRule.answer(WINDOW, in, "/", false));
        assertEquals(Answer.MAINTENANCE_PROBLEM, MaintenanceRule.answer(WINDOW, in, "/api/v1/me", false));
        assertEquals(Answer.PASS, MaintenanceRule.answer(WINDOW, in, "/staff/home.xhtml", true));
        assertEquals(Answer.PASS, MaintenanceRule.answer(WINDOW, in, "/api/v1/staff/households", true));
    }

    @Test
    void inTheWindowSignInHealthPaymentNotificationsResourcesAndTheLegalPagesStayOpen() {
        Clock in = at("2026-09-19T22:00");
        for (String path : new String[]{"/login.xhtml", "/password-forgotten.xhtml", "/health", "/health/ready",
                "/api/v1/payments/notifications", "/api/v1/maintenance", "/jakarta.faces.resource/core.js.xhtml",
                "/resources/themes/marelle/logo.svg", "/simulateur-payfip/tpa/paiementws.web", "/legal-notice.xhtml",
                "/privacy.xhtml", "/cookies.xhtml", "/accessibility.xhtml", "/contact.xhtml", "/terms.xhtml", "/api/v1/legal"}) {
            assertEquals(Answer.PASS, MaintenanceRule.answer(WINDOW, in, path, false), path);
        }
        assertEquals(Answer.MAINTENANCE_PAGE, MaintenanceRule.answer(WINDOW, in, "/healthy.xhtml", false));
        assertEquals(Answer.MAINTENANCE_PROBLEM, MaintenanceRule.answer(WINDOW, in, "/api/v1/payments", false));
    }

    @Test
    void retryAfterIsTheSecondsUntilTheEndRoundedUp() {
        Window w = WINDOW.orElseThrow();
        assertEquals(3 * 3600, MaintenanceRule.retryAfterSeconds(w, at("2026-09-19T20:00")));
        assertEquals(1, MaintenanceRule.retryAfterSeconds(w, Clock.fixed(w.end().minusMillis(300), ClockProducer.PARIS)));
    }

    @Test
    void afterTheEndNothingAnyMore() {
        assertEquals(Phase.NONE, MaintenanceRule.phase(WINDOW, at("2026-09-19T23:00")));
        assertEquals(Answer.PASS, MaintenanceRule.answer(WINDOW, at("2026-09-19T23:00"), "/parent/home.xhtml", false));
    }
}
