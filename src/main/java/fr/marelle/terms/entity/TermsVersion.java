package fr.marelle.terms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A version of the terms of use: its label (e.g. {@code 2026-09}), its text in French and English, the day it
 * comes into force (Paris) and who published it when. Never changed once published: a correction is a new version.
 */
@Entity
@Table(name = "terms_of_use")
public class TermsVersion {

    @Id
    @Column(name = "version")
    private String label;
    @Column(name = "text_fr")
    private String textFr;
    @Column(name = "text_en")
    private String textEn;
    @Column(name = "in_force_on")
    private LocalDate inForceOn;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    /** Null for the version shipped with the portal. */
    @Column(name = "published_by")
    private Long publishedBy;

    protected TermsVersion() {
    }

    public TermsVersion(String label, String textFr, String textEn, LocalDate inForceOn, OffsetDateTime publishedAt,
                        long publishedBy) {
        this.label = label;
        this.textFr = textFr;
        this.textEn = textEn;
        this.inForceOn = inForceOn;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    /** The text in the given language ("en" or French). */
    public String text(String language) {
        return "en".equals(language) ? textEn : textFr;
    }

    public String getLabel() { return label; }
    public String getTextFr() { return textFr; }
    public String getTextEn() { return textEn; }
    public LocalDate getInForceOn() { return inForceOn; }
    public OffsetDateTime getPublishedAt() { return publishedAt; }
    public Long getPublishedBy() { return publishedBy; }
}
