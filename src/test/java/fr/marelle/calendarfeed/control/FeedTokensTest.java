package fr.marelle.calendarfeed.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedTokensTest {

    @Test
    void aTokenIs32RandomBytesInBase64UrlWithoutPadding() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = FeedTokens.newToken();
            assertEquals(43, token.length(), token);
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
            assertTrue(FeedTokens.isWellFormed(token));
            assertTrue(seen.add(token), "tokens repeat");
        }
    }

    @Test
    void onlyTheSha256OfTheTokenIsKept() {
        // SHA-256("abc"), the FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FeedTokens.hash("abc"));
        String token = FeedTokens.newToken();
        assertEquals(64, FeedTokens.hash(token).length());
        assertFalse(FeedTokens.hash(token).contains(token));
        assertNotEquals(FeedTokens.hash(token), FeedTokens.hash(FeedTokens.newToken()));
    }

    @Test
    void somethingThatCannotBeATokenIsRejectedBeforeAnyLookUp() {
        assertFalse(FeedTokens.isWellFormed(null));
        assertFalse(FeedTokens.isWellFormed(""));
        assertFalse(FeedTokens.isWellFormed("short"));
        assertFalse(FeedTokens.isWellFormed("a".repeat(42) + "/"));
        assertFalse(FeedTokens.isWellFormed("a".repeat(44)));
    }
}
