package fr.marelle.planning.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlanningDashboardTest {

    @Test
    void theFillRateIsConfirmedOverCapacityInWholePercent() {
        assertEquals(0, new PlanningDashboard.Row(1, "a", "s", 0, 0, 0, 0).fillRate());
        assertEquals(50, new PlanningDashboard.Row(1, "a", "s", 4, 480, 240, 0).fillRate());
        assertEquals(67, new PlanningDashboard.Row(1, "a", "s", 1, 3, 2, 0).fillRate()); // 66.7 -> 67
        assertEquals(100, new PlanningDashboard.Row(1, "a", "s", 1, 16, 16, 3).fillRate());
    }

    @Test
    void theWeekStartsOnMonday() {
        assertEquals(LocalDate.of(2026, 11, 23), PlanningDashboard.monday(LocalDate.of(2026, 11, 29)));
        assertEquals(LocalDate.of(2026, 12, 28), PlanningDashboard.monday(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void theCsvIsForASpreadsheetInTheReadersLanguage() {
        String csv = PlanningDashboard.csv(List.of(new PlanningDashboard.Row(7, "Restauration; midi", "École Jules-Ferry", 4, 480, 240, 2)),
                LocalDate.of(2026, 11, 23), Locale.FRENCH);
        assertEquals("\uFEFFSemaine du;Lieu;Nom;Séances;Capacité (places);Réservations confirmées;Liste d’attente;Taux de remplissage\r\n"
                + "2026-11-23;École Jules-Ferry;\"Restauration; midi\";4;480;240;2;50\r\n", csv);
        String en = PlanningDashboard.csv(List.of(), LocalDate.of(2026, 11, 23), Locale.ENGLISH);
        assertEquals("\uFEFFWeek of;Place;Name;Sessions;Capacity (places);Confirmed bookings;Waiting list;Fill rate\r\n", en);
    }
}
