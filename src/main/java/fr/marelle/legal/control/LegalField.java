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
    ACCESSIBILITY_EXCEPTIONS("accessibilityExceptions", Kind.LONG_TEXT, false),
    // the rest of the statement's mandatory template: the other two lists of contents not accessible,
    // the pages audited, the multi-year scheme and this year's action plan
    ACCESSIBILITY_DEROGATIONS("accessibilityDerogations", Kind.LONG_TEXT, false),
    ACCESSIBILITY_OUT_OF_SCOPE("accessibilityOutOfScope", Kind.LONG_TEXT, false),
    ACCESSIBILITY_PAGES("accessibilityPages", Kind.LONG_TEXT, false),
    ACCESSIBILITY_SCHEME_URL("accessibilitySchemeUrl", Kind.URL, false),
    ACCESSIBILITY_PLAN_URL("accessibilityPlanUrl", Kind.URL, false),
    // who signs the staff's decisions and issues the invoices (CRPA L.212-1, CGCT L.1617-5 4°)
    DECISION_SIGNATORY_NAME("decisionSignatoryName", Kind.TEXT, true),
    DECISION_SIGNATORY_TITLE("decisionSignatoryTitle", Kind.TEXT, true),
    ISSUER_NAME("issuerName", Kind.TEXT, true),
    ISSUER_TITLE("issuerTitle", Kind.TEXT, true),
    // the court named in the appeal routes (CJA R.421-5); invoices may go to another one (LEGAL.md §6 B)
    APPEAL_COURT("appealCourt", Kind.TEXT, true),
    INVOICE_COURT("invoiceCourt", Kind.TEXT, false),
    // what acknowledgements promise (CRPA L.112-11, R.112-5); silence means rejection unless set otherwise
    ANSWER_DAYS("answerDays", Kind.DAYS, false),
    SILENCE_MEANS("silenceMeans", Kind.SILENCE, false);

    /** What the value is, hence how it is checked and shown. */
    public enum Kind {
        TEXT(200), LONG_TEXT(4000), EMAIL(254), PHONE(40), SIRET(20), RATE(10), DATE(10), DAYS(10), URL(500),
        /** {@link SilenceRule}: what a request left unanswered for two months amounts to. */
        SILENCE(10);

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
