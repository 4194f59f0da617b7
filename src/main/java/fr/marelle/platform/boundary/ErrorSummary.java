package fr.marelle.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors of a refused form, listed at the top of the page with a link to each field (WCAG 3.3.1,
 * RGAA 11.10): the layout shows it as an alert that takes the focus, so that a keyboard or screen
 * reader user hears what to correct and reaches each field in one step.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One field in error: its input's id (the link's target) and what is wrong with it. */
    public record Entry(String field, String text) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String field, String text) {
        entries.add(new Entry(field, text));
    }

    public boolean isShown() {
        return !entries.isEmpty();
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public String getTitle() {
        return Feedback.text("form.hasErrors", entries.size());
    }
}
