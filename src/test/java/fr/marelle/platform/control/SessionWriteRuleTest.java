package fr.marelle.platform.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.marelle.platform.control.SessionWriteRule.Refusal.BODY;
import static fr.marelle.platform.control.SessionWriteRule.Refusal.ORIGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionWriteRuleTest {

    private static final Set<String> PORTAL = Set.of("https://famille.ville.fr", "http://127.0.0.1:8080");
    private static final List<String> JSON_ONLY = List.of("application/json");
    private static final List<String> CALENDAR = List.of("text/csv", "text/plain", "application/octet-stream");
    private static final List<String> QUOTIENT = List.of("multipart/form-data");

    private static Optional<SessionWriteRule.Refusal> check(String method, String type, boolean body, List<String> declared,
                                                            String origin, String fetchSite, boolean header) {
        return SessionWriteRule.check(new SessionWriteRule.Write(method, type, body, declared, origin, fetchSite, header), PORTAL);
    }

    @Test
    void readsAreNeverConcerned() {
        assertEquals(Optional.empty(), check("GET", null, false, List.of(), "https://evil.example", "cross-site", false));
        assertEquals(Optional.empty(), check("HEAD", null, false, List.of(), null, null, false));
    }

    @Test
    void jsonFromThePortalsOriginOrWithThePortalsHeaderGoesThrough() {
        assertEquals(Optional.empty(), check("POST", "application/json; charset=UTF-8", true, JSON_ONLY, "https://famille.ville.fr", null, false));
        assertEquals(Optional.empty(), check("PUT", "application/json", true, JSON_ONLY, "http://127.0.0.1:8080", null, false));
        assertEquals(Optional.empty(), check("PATCH", "application/merge-patch+json", true, List.of(), null, "same-origin", false));
        assertEquals(Optional.empty(), check("POST", "application/json", true, JSON_ONLY, null, null, true));
        assertEquals(Optional.empty(), check("DELETE", null, false, List.of(), "HTTPS://Famille.Ville.FR:443", null, false));
    }

    @Test
    void aForeignOrOpaqueOriginIsRefusedEvenWithThePortalsHeader() {
        assertEquals(Optional.of(ORIGIN), check("POST", "application/json", true, JSON_ONLY, "https://evil.example", null, true));
        assertEquals(Optional.of(ORIGIN), check("POST", "application/json", true, JSON_ONLY, "null", null, true));
        assertEquals(Optional.of(ORIGIN), check("POST", "application/json", true, JSON_ONLY, "https://famille.ville.fr.evil.example", null, false));
        assertEquals(Optional.of(ORIGIN), check("POST", "application/json", true, JSON_ONLY, "http://famille.ville.fr", null, false));
    }

    @Test
    void withoutOriginOnlySameOriginFetchMetadataOrThePortalsHeaderProveTheSource() {
        assertEquals(Optional.of(ORIGIN), check("POST", null, false, List.of(), null, null, false));
        assertEquals(Optional.of(ORIGIN), check("POST", null, false, List.of(), null, "same-site", false));
        assertEquals(Optional.of(ORIGIN), check("DELETE", null, false, List.of(), null, "cross-site", false));
        assertEquals(Optional.empty(), check("POST", null, false, List.of(), null, "same-origin", false));
    }

    @Test
    void formsAndPlainTextAreRefusedWhateverTheOrigin() {
        assertEquals(Optional.of(BODY), check("POST", "application/x-www-form-urlencoded", true, List.of(), "https://famille.ville.fr", null, true));
        assertEquals(Optional.of(BODY), check("POST", "application/x-www-form-urlencoded", true,
                List.of("application/x-www-form-urlencoded"), "https://famille.ville.fr", null, true));
        assertEquals(Optional.of(BODY), check("POST", "text/plain", true, CALENDAR, "https://famille.ville.fr", null, false));
        assertEquals(Optional.of(BODY), check("POST", "text/plain;charset=UTF-8", true, JSON_ONLY, "https://evil.example", null, false));
        // multipart only where the operation declares it
        assertEquals(Optional.of(BODY), check("POST", "multipart/form-data; boundary=x", true, List.of(), "https://famille.ville.fr", null, false));
        // a body without a type
        assertEquals(Optional.of(BODY), check("POST", null, true, List.of(), "https://famille.ville.fr", null, false));
    }

    @Test
    void uploadsTakeTheirOwnDeclaredTypeFromThePortalOnly() {
        assertEquals(Optional.empty(), check("POST", "multipart/form-data; boundary=x", true, QUOTIENT, "https://famille.ville.fr", null, false));
        assertEquals(Optional.of(ORIGIN), check("POST", "multipart/form-data; boundary=x", true, QUOTIENT, "https://evil.example", null, false));
        assertEquals(Optional.of(ORIGIN), check("POST", "multipart/form-data; boundary=x", true, QUOTIENT, null, null, false));
        assertEquals(Optional.empty(), check("POST", "text/csv", true, CALENDAR, null, null, true));
        assertEquals(Optional.of(BODY), check("POST", "text/csv", true, QUOTIENT, "https://famille.ville.fr", null, false));
    }
}
