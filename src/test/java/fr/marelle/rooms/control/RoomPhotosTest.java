package fr.marelle.rooms.control;

import fr.marelle.family.control.ProofFiles;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoomPhotosTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    private static List<String> keys(byte[] content, String alt, int already) {
        return RoomPhotos.check(content, alt, already).stream().map(Violation::key).toList();
    }

    @Test
    void aJpegOrPngWithItsTextAlternativeIsTaken() {
        assertEquals(List.of(), keys(PNG, "La grande salle, tables dressées", 0));
        assertEquals(List.of(), keys(JPEG, "La scène", 5));
    }

    @Test
    void aPdfOrAnythingElseIsRefusedByItsContentWhateverItsName() {
        assertEquals(List.of("room.photo.type"), keys("%PDF-1.7 plan".getBytes(StandardCharsets.US_ASCII), "Plan", 0));
        assertEquals(List.of("proof.type"), keys("GIF89a".getBytes(StandardCharsets.US_ASCII), "Salle", 0));
        assertEquals(List.of("proof.empty"), keys(new byte[0], "Salle", 0));
        byte[] big = Arrays.copyOf(PNG, ProofFiles.MAX_BYTES + 1);
        assertEquals(List.of("proof.tooLarge"), keys(big, "Salle", 0));
    }

    @Test
    void theTextAlternativeIsRequiredAndShortAndSixPhotosAreEnough() {
        assertEquals(List.of("room.photo.altRequired"), keys(PNG, "  ", 0));
        assertEquals(List.of("room.photo.altTooLong"), keys(PNG, "x".repeat(RoomPhotos.MAX_ALT + 1), 0));
        assertEquals(List.of("room.photo.tooMany"), keys(PNG, "Salle", RoomPhotos.MAX_PHOTOS));
    }
}
