package fr.marelle.terms.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermsTextTest {

    @Test
    void blankLinesSeparateParagraphsAndAHashStartsAHeading() {
        assertEquals(List.of(new TermsText.Block(true, "Objet"), new TermsText.Block(false, "Le portail sert aux familles."),
                        new TermsText.Block(false, "Deuxième paragraphe sur deux lignes.")),
                TermsText.blocks("# Objet\r\n\r\nLe portail sert aux familles.\n  \n\nDeuxième paragraphe\nsur deux lignes.\n"));
    }

    @Test
    void aHashInsideAParagraphOrWithoutASpaceIsText() {
        assertEquals(List.of(new TermsText.Block(false, "#1 du mois"), new TermsText.Block(false, "# Titre suivi d’une ligne")),
                TermsText.blocks("#1 du mois\n\n# Titre\nsuivi d’une ligne"));
    }

    @Test
    void noTextNoBlock() {
        assertEquals(List.of(), TermsText.blocks(null));
        assertEquals(List.of(), TermsText.blocks("\n\n"));
    }
}
