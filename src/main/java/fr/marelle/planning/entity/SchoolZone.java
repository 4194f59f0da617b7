package fr.marelle.planning.entity;

import java.util.Optional;

/** The three school-holiday zones of metropolitan France (besides Corsica and overseas). */
public enum SchoolZone {
    A, B, C;

    /** "Zone A" (as the ministry file writes it) or "A". */
    public static Optional<SchoolZone> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (t.startsWith("ZONE ")) {
            t = t.substring(5).strip();
        }
        for (SchoolZone z : values()) {
            if (z.name().equals(t)) {
                return Optional.of(z);
            }
        }
        return Optional.empty();
    }
}
