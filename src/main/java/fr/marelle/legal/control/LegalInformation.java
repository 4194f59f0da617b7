package fr.marelle.legal.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The town-specific parts of the legal pages as stored: checked and normalised, blanks left out. */
public record LegalInformation(Map<LegalField, String> values) {

    public LegalInformation {
        EnumMap<LegalField, String> copy = new EnumMap<>(LegalField.class);
        values.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(field, value);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public static LegalInformation empty() {
        return new LegalInformation(Map.of());
    }

    public Optional<String> get(LegalField field) {
        return Optional.ofNullable(values.get(field));
    }

    public BigDecimal rate() {
        return get(LegalField.ACCESSIBILITY_RATE).map(BigDecimal::new).orElse(null);
    }

    public LocalDate auditDate() {
        return get(LegalField.ACCESSIBILITY_AUDIT_DATE).map(LocalDate::parse).orElse(null);
    }

    public AccessibilityStatus accessibility() {
        return AccessibilityStatus.of(rate(), auditDate());
    }

    /** What silence on a request amounts to: rejection unless the town says otherwise. */
    public SilenceRule silence() {
        return get(LegalField.SILENCE_MEANS).map(SilenceRule::valueOf).orElse(SilenceRule.REJECTION);
    }

    /** The days within which the town usually answers, when it says so. */
    public Optional<Integer> answerDays() {
        return get(LegalField.ANSWER_DAYS).map(Integer::valueOf);
    }

    /** The required parts still to set, in the order of the settings page. */
    public List<LegalField> missing() {
        return Arrays.stream(LegalField.values()).filter(f -> f.required() && !values.containsKey(f)).toList();
    }

    public boolean complete() {
        return missing().isEmpty();
    }
}
