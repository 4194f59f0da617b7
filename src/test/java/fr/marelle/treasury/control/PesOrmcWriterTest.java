package fr.marelle.treasury.control;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files written from plain data, checked against our schema of ORMC files (and the schema against broken files). */
class PesOrmcWriterTest {

    private static final PesOrmc.Budget BUDGET = new PesOrmc.Budget("049099", "21490100100013", "001", "00", false);
    private static final PesOrmc.Product CANT = new PesOrmc.Product("CANT", "588");
    private static final PesOrmc.Product PERI = new PesOrmc.Product("PERI", "588");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    static PesOrmc.File file(PesOrmc.Budget budget, Optional<byte[]> pdf) {
        PesOrmc.Payer martin = new PesOrmc.Payer("FAM42", Optional.empty(), "Lefèvre-Cœur", "Héloïse",
                new PesOrmc.Address("12 rue des Écoles", Optional.of("Bâtiment B, 2ᵉ étage"), "49100", "Angers", Optional.empty()));
        PesOrmc.Payer abroad = new PesOrmc.Payer("FAM43", Optional.of("MME"), "Da Silva", "Inês",
                new PesOrmc.Address("Rua Augusta 10", Optional.empty(), "1100-053", "Lisboa", Optional.of("99139")));
        PesOrmc.Article first = new PesOrmc.Article(1, "2026-PERISCOLAIRE-000123", Optional.of(2026000123L),
                "FACTURE 2026-PERISCOLAIRE-000123 novembre 2026",
                List.of(new PesOrmc.Line(CANT, "Cantine Jules-Ferry", 4080), new PesOrmc.Line(PERI, "Accueil du soir", 1250)), martin, pdf);
        PesOrmc.Article second = new PesOrmc.Article(2, "2026-PERISCOLAIRE-000124", Optional.of(2026000124L),
                "FACTURE 2026-PERISCOLAIRE-000124", List.of(new PesOrmc.Line(CANT, "Cantine", 1)), abroad, pdf);
        return new PesOrmc.File("PESORMC_00100_2026_42.xml", "MARELLE", "MARELLE PORTAIL FAMILLE 1.0", DAY, budget,
                new PesOrmc.Bordereau(2026, 42, DAY, "Régie périscolaire novembre 2026", List.of(first, second)));
    }

    @Test
    void aFileBuiltFromPlainDataPassesTheSchema() {
        byte[] xml = PesOrmcWriter.write(file(BUDGET, Optional.empty()));
        assertEquals(List.of(), PesSchema.problems(xml));
        String text = new String(xml, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<n:PES_Aller"), text);
        assertTrue(text.contains("<n:PES_Aller xmlns:n=\"http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller\"><Enveloppe>"), text);
        assertTrue(text.contains("<InfoDematerialisee V=\"0\"/>"), "unsigned");
        assertTrue(text.contains("<Exer V=\"2026\"/><IdBord V=\"42\"/><DteBordEm V=\"2026-12-03\"/><TypBord V=\"06\"/><NbrPce V=\"2\"/>"
                + "<MtBordHt V=\"53.31\"/><Objet V=\"REGIE PERISCOLAIRE NOVEMBRE 2026\"/>"), text);
        assertTrue(text.contains("<MtHT V=\"40.80\"/>"), text);
        assertTrue(text.contains("<MtHT V=\"0.01\"/>"), text);
        assertTrue(text.contains("<Nom V=\"LEFEVRE-COEUR\"/><Prenom V=\"HELOISE\"/>"), text);
        assertTrue(text.contains("<Adr2 V=\"12 RUE DES ECOLES\"/><Adr3 V=\"BATIMENT B, 2E ETAGE\"/><CP V=\"49100\"/><Ville V=\"ANGERS\"/>"), text);
        assertFalse(text.contains("Edition"), "the town sends its own invoices");
        assertFalse(text.contains("PES_PJ"));
    }

    @Test
    void theSameDebtorIsOnEveryLineOfAnArticle() {
        String text = new String(PesOrmcWriter.write(file(BUDGET, Optional.empty())), StandardCharsets.ISO_8859_1);
        assertEquals(3, text.split("<Tiers>", -1).length - 1, "two lines of the first article, one of the second");
        assertEquals(2, text.split("<RefTiers V=\"FAM42\"/>", -1).length - 1);
    }

    @Test
    void aDebtorAbroadHasPostcode99999TheCountrysInseeCodeAndTheTownWithItsOwnPostcode() {
        byte[] xml = PesOrmcWriter.write(file(BUDGET, Optional.empty()));
        assertEquals(List.of(), PesSchema.problems(xml));
        String text = new String(xml, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("<Adr2 V=\"RUA AUGUSTA 10\"/><CP V=\"99999\"/><Ville V=\"1100-053 LISBOA\"/><CodRes V=\"0\"/>"
                + "<CodPays V=\"99139\"/></Adresse>"), text);
        assertTrue(text.contains("<CP V=\"49100\"/><Ville V=\"ANGERS\"/><CodRes V=\"0\"/></Adresse>"), "no country in France: " + text);
    }

    @Test
    void theDebtorsCivilityIsSentWhenKnownAndOnlyThen() {
        byte[] xml = PesOrmcWriter.write(file(BUDGET, Optional.empty()));
        assertEquals(List.of(), PesSchema.problems(xml));
        String text = new String(xml, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("<TypTiers V=\"01\"/><Civilite V=\"MME\"/><Nom V=\"DA SILVA\"/><Prenom V=\"INES\"/>"), text);
        assertTrue(text.contains("<TypTiers V=\"01\"/><Nom V=\"LEFEVRE-COEUR\"/>"), "none when unknown: " + text);

        PesOrmc.Payer monsieur = new PesOrmc.Payer("FAM44", Optional.of("M"), "Peeters", "Jan",
                new PesOrmc.Address("Rue Haute 12", Optional.empty(), "1000", "Bruxelles", Optional.of("99131")));
        PesOrmc.Article article = new PesOrmc.Article(1, "2026-PERISCOLAIRE-000125", Optional.of(2026000125L), "FACTURE",
                List.of(new PesOrmc.Line(CANT, "Cantine", 620)), monsieur, Optional.empty());
        byte[] belgian = PesOrmcWriter.write(new PesOrmc.File("PESORMC_00100_2026_43.xml", "MARELLE", "MARELLE 1.0", DAY, BUDGET,
                new PesOrmc.Bordereau(2026, 43, DAY, "Régie", List.of(article))));
        assertEquals(List.of(), PesSchema.problems(belgian));
        String b = new String(belgian, StandardCharsets.ISO_8859_1);
        assertTrue(b.contains("<Civilite V=\"M\"/><Nom V=\"PEETERS\"/><Prenom V=\"JAN\"/>"), b);
        assertTrue(b.contains("<CP V=\"99999\"/><Ville V=\"1000 BRUXELLES\"/><CodRes V=\"0\"/><CodPays V=\"99131\"/>"), b);
    }

    @Test
    void whenTheDgfipPrintsEachArticlePointsAtItsInvoiceEmbeddedGzippedInBase64() throws IOException {
        byte[] pdf = "%PDF-1.7 facture".getBytes(StandardCharsets.US_ASCII);
        byte[] xml = PesOrmcWriter.write(file(new PesOrmc.Budget("049099", "21490100100013", "001", "00", true), Optional.of(pdf)));
        assertEquals(List.of(), PesSchema.problems(xml));
        String text = new String(xml, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("<Edition V=\"06\"/>"), text);
        assertTrue(text.contains("<PJRef><Support V=\"01\"/><IdUnique V=\"FAC2026000004200000001\"/><NomPJ V=\"FAC2026000004200000001.pdf\"/>"
                + "<TypePJ V=\"010\"/></PJRef>"), text);
        int start = text.indexOf("<Fichier MIMEType=\"application/pdf\">") + "<Fichier MIMEType=\"application/pdf\">".length();
        String base64 = text.substring(start, text.indexOf("</Fichier>", start));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
            assertArrayEquals(pdf, in.readAllBytes());
        }
    }

    @Test
    void theSchemaRefusesWhatHeliosRejects() {
        String good = new String(PesOrmcWriter.write(file(BUDGET, Optional.empty())), StandardCharsets.ISO_8859_1);
        assertFalse(problems(good.replace("<CodBud V=\"00\"/>", "")).isEmpty(), "CodBud is mandatory");
        assertFalse(problems(good.replace("<MtHT V=\"0.01\"/>", "<MtHT V=\"0.00\"/>")).isEmpty(), "a zero amount");
        assertFalse(problems(good.replace("<MtHT V=\"40.80\"/>", "<MtHT V=\"40,80\"/>")).isEmpty(), "a comma");
        assertFalse(problems(good.replace("V=\"HELOISE\"", "V=\"Héloïse\"")).isEmpty(), "lower case and accents");
        assertFalse(problems(good.replace("V=\"2026-12-03\"", "V=\"03/12/2026\"")).isEmpty(), "a French date");
        assertFalse(problems(good.replace("<InfoDematerialisee V=\"0\"/>", "<InfoDematerialisee V=\"1\"/>")).isEmpty(), "signed");
        assertFalse(problems(good.replace("<TypPce V=\"15\"/><NatPce V=\"01\"/>", "<NatPce V=\"01\"/><TypPce V=\"15\"/>")).isEmpty(), "order");
        assertFalse(problems(good.replace("<Prenom V=\"HELOISE\"/>", "<Prenom V=\"NC\"/>")).isEmpty(), "NC");
        assertFalse(problems(good.replace("<Edition", "<X").replace("<RefTiers V=\"FAM42\"/>", "<RefTiers V=\"0\"/>")).isEmpty(), "a lone 0");
        assertFalse(problems(good.replace("<CP V=\"49100\"/>", "<CP V=\"4910\"/>")).isEmpty(), "a 4-digit postcode");
        assertFalse(problems(good.replace("<Civilite V=\"MME\"/>", "<Civilite V=\"MLLE\"/>")).isEmpty(), "Mlle");
        assertFalse(problems(good.replace("<CodPays V=\"99139\"/>", "<CodPays V=\"PT\"/>")).isEmpty(), "a country not in INSEE form");
        assertFalse(problems(good.replace("<Adr2 V=\"12 RUE DES ECOLES\"/>", "")).isEmpty(), "no street");
        assertFalse(problems(good.replace("<IdBord V=\"42\"/>", "<IdBord V=\"12345678\"/>")).isEmpty(), "8 digits");
        assertFalse(problems("not xml").isEmpty());
    }

    private static List<String> problems(String xml) {
        return PesSchema.problems(xml.getBytes(StandardCharsets.ISO_8859_1));
    }
}
