package fr.marelle.legal.control;

/**
 * One town-specific part of the legal pages, set by the administrator. Its name is also the
 * setting's suffix ({@code legal.<name>}), the JSON member and the page's input id.
 */
public enum LegalField {

    PUBLISHER_NAME("publisherName", Kind.TEXT, true),
    PUBLISHER_ADDRESS("publisherAddress", Kind.TEXT, true),
    PUBLISHER_PHONE("publisherPhone", Kind.PHONE, true),
    PUBLISHER_SIRET("publisherSiret", Kind.SIRET, false),
    PUBLICATION_DIRECTOR("publicationDirector", Kind.TEXT, true),
    HOST_NAME("hostName", Kind.TEXT, true),
    HOST_ADDRESS("hostAddress", Kind.TEXT, true),
    HOST_PHONE("hostPhone", Kind.PHONE, true),
    DPO_NAME("dpoName", Kind.TEXT, true),
    DPO_EMAIL("dpoEmail", Kind.EMAIL, true),
    DPO_ADDRESS("dpoAddress", Kind.TEXT, true),
    SUPPORT_EMAIL("supportEmail", Kind.EMAIL, true),
    SUPPORT_PHONE("supportPhone", Kind.PHONE, true),
    SUPPORT_HOURS("supportHours", Kind.TEXT, true),
    // no audit yet is a legitimate state ("non conforme"), so none of these is required
    ACCESSIBILITY_RATE("accessibilityRate", Kind.RATE, false),
    ACCESSIBILITY_AUDIT_DATE("accessibilityAuditDate", Kind.DATE, false),
    ACCESSIBILITY_AUDITOR("accessibilityAuditor", Kind.TEXT, false),
    ACCESSIBILITY_EXCEPTIONS("accessibilityExceptions", Kind.LONG_TEXT, false);

    /** What the value is, hence how it is checked and shown. */
    public enum Kind {
        TEXT(200), LONG_TEXT(4000), EMAIL(254), PHONE(40), SIRET(20), RATE(10), DATE(10);

        final int maxLength;

        Kind(int maxLength) {
            this.maxLength = maxLength;
        }
    }

    private final String id;
    private final Kind kind;
    private final boolean required;

    LegalField(String id, Kind kind, boolean required) {
        this.id = id;
        this.kind = kind;
        this.required = required;
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** Needed for the pages to be complete (the administrator's home warns until it is set). */
    public boolean required() {
        return required;
    }

    public String setting() {
        return "legal." + id;
    }

    public int maxLength() {
        return kind.maxLength;
    }
}
