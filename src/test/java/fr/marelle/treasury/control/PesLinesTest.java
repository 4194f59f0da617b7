package fr.marelle.treasury.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PesLinesTest {

    private static final PesOrmc.Product CANT = new PesOrmc.Product("CANT", "588");
    private static final PesOrmc.Product PERI = new PesOrmc.Product("PERI", "588");
    private static final Map<String, PesOrmc.Product> PRODUCTS = Map.of("CANTEEN", CANT, "MORNING_CARE", PERI, "EVENING_CARE", PERI);

    private static final List<PesLines.Charge> CHARGES = List.of(
            new PesLines.Charge("CANTEEN", "Cantine Jules-Ferry", 410),
            new PesLines.Charge("EVENING_CARE", "Accueil du soir", 250),
            new PesLines.Charge("CANTEEN", "Cantine Jules-Ferry", 410),
            new PesLines.Charge("MORNING_CARE", "Accueil du matin", 180),
            new PesLines.Charge("CANTEEN", "Cantine Pasteur", 0));

    @Test
    void oneLinePerProductCodeSummingTheInvoiceLines() {
        List<PesOrmc.Line> lines = PesLines.group(CHARGES, PRODUCTS, 0);
        assertEquals(2, lines.size());
        assertEquals(CANT, lines.get(0).product());
        assertEquals(820, lines.get(0).cents());
        assertEquals("Cantine Jules-Ferry", lines.get(0).object());
        assertEquals(PERI, lines.get(1).product());
        assertEquals(430, lines.get(1).cents());
        assertEquals("Accueil du soir, Accueil du matin", lines.get(1).object());
    }

    @Test
    void whatWasPaidComesOffTheProductCodesInTheirOrderAndEmptiedLinesDisappear() {
        List<PesOrmc.Line> lines = PesLines.group(CHARGES, PRODUCTS, 900);
        assertEquals(1, lines.size());
        assertEquals(PERI, lines.get(0).product());
        assertEquals(350, lines.get(0).cents());
        assertTrue(PesLines.group(CHARGES, PRODUCTS, 1250).isEmpty());
    }

    @Test
    void creditedLinesArriveNetAndNothingIsLeftForAFullyCreditedOne() {
        List<PesOrmc.Line> lines = PesLines.group(List.of(new PesLines.Charge("CANTEEN", "Cantine", 0),
                new PesLines.Charge("EVENING_CARE", "Soir", 125)), PRODUCTS, 0);
        assertEquals(1, lines.size());
        assertEquals(125, lines.get(0).cents());
    }

    @Test
    void kindsWithoutAProductCodeAreNamed() {
        assertEquals(Set.of("ROOM_HIRE"), PesLines.unmapped(List.of(new PesLines.Charge("ROOM_HIRE", "Salle", 5000),
                new PesLines.Charge("CANTEEN", "Cantine", 410), new PesLines.Charge("WEEKLY_CLASS", "Judo", 0)), PRODUCTS));
    }
}
