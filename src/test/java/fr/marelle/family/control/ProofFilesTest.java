package fr.marelle.family.control;

import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProofFilesTest {

    @Test
    void pdfPngAndJpegAreRecognisedByTheirContent() {
        assertEquals(ProofFiles.PDF, ProofFiles.detectType("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ProofFiles.PNG, ProofFiles.detectType(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        assertEquals(ProofFiles.JPEG, ProofFiles.detectType(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    }

    @Test
    void anExecutableRenamedPdfIsRefused() {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        byte[] exe = {'M', 'Z', (byte) 0x90, 0};
        assertNull(ProofFiles.detectType(elf));
        assertNull(ProofFiles.detectType(exe));
        List<Violation> violations = new ArrayList<>();
        ProofFiles.check("proof", exe, violations);
        assertEquals(List.of(Violation.of("proof", "proof.type")), violations);
    }

    @Test
    void emptyAndTooLargeFilesAreRefused() {
        List<Violation> violations = new ArrayList<>();
        ProofFiles.check("proof", new byte[0], violations);
        assertEquals("proof.empty", violations.get(0).key());
        violations.clear();
        byte[] big = new byte[ProofFiles.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        ProofFiles.check("proof", big, violations);
        assertEquals(List.of(Violation.of("proof", "proof.tooLarge", 5)), violations);
        violations.clear();
        byte[] limit = new byte[ProofFiles.MAX_BYTES];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, limit, 0, 5);
        assertEquals(ProofFiles.PDF, ProofFiles.check("proof", limit, violations));
        assertEquals(List.of(), violations);
    }
}
