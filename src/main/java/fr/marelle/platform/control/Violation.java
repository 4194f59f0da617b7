package fr.marelle.platform.control;

import java.util.List;

/**
 * One broken rule: the field it concerns (or null for the whole request), a message key of
 * the i18n bundle, and the arguments of that message.
 */
public record Violation(String field, String key, List<Object> args) {

    public static Violation of(String field, String key, Object... args) {
        return new Violation(field, key, List.of(args));
    }
}
