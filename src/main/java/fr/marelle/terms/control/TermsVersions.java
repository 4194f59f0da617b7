package fr.marelle.terms.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.terms.entity.TermsVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of the terms of use. The one in force is the latest whose day has come by the portal's clock
 * (on the same day, the one published last): a version published ahead becomes current on its day without
 * anybody doing anything, on every node at once (read from the database at each call, never cached).
 */
@ApplicationScoped
public class TermsVersions {

    /** Where a version stands today. */
    public enum Status { CURRENT, UPCOMING, PAST }

    /** A version in the history, with how many accounts accepted it. */
    public record Summary(TermsVersion version, Status status, long acceptances, String publishedBy) {
    }

    static final String CURRENT = "select version from terms_of_use where in_force_on <= ?1"
            + " order by in_force_on desc, published_at desc limit 1";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Acting acting;

    @Inject
    AuditTrail audit;

    /** The version in force now; empty only if every version is still to come (never with the shipped one). */
    public Optional<TermsVersion> current() {
        List<?> label = em.createNativeQuery(CURRENT).setParameter(1, today()).getResultList();
        return label.isEmpty() ? Optional.empty() : byLabel((String) label.get(0));
    }

    /** The label of the version in force, recorded with a sign-up. */
    public String currentLabel() {
        return current().map(TermsVersion::getLabel).orElseThrow(() -> new IllegalStateException("no terms of use in force"));
    }

    public Optional<TermsVersion> byLabel(String label) {
        return label == null ? Optional.empty() : Optional.ofNullable(em.find(TermsVersion.class, label));
    }

    /** Every version, the latest day in force first, with its status and its acceptances. */
    public List<Summary> history() {
        String current = current().map(TermsVersion::getLabel).orElse(null);
        LocalDate today = today();
        List<?> rows = em.createNativeQuery("select v.version, (select count(*) from terms_acceptance ta where ta.version = v.version),"
                + " (select a.email from account a where a.id = v.published_by) from terms_of_use v"
                + " order by v.in_force_on desc, v.published_at desc").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> {
            TermsVersion v = em.find(TermsVersion.class, (String) r[0]);
            Status status = v.getLabel().equals(current) ? Status.CURRENT
                    : v.getInForceOn().isAfter(today) ? Status.UPCOMING : Status.PAST;
            return new Summary(v, status, ((Number) r[1]).longValue(), (String) r[2]);
        }).toList();
    }

    /**
     * The administrator publishes a new version; it comes into force on its day (today: at once), and from then
     * on families are asked to accept it. Audited.
     */
    @Transactional
    public TermsVersion publish(long actorId, TermsDraft draft) {
        if (!acting.acts(actorId, Role.ADMIN)) {
            throw new SecurityException("account " + actorId + " is not an administrator");
        }
        // two administrators publishing the same label at once: the second sees the first's
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('terms_of_use'))").getSingleResult();
        TermsDraft.Checked checked = draft.check(today(), label -> ((Number) em.createNativeQuery(
                "select count(*) from terms_of_use where lower(version) = lower(?1)").setParameter(1, label)
                .getSingleResult()).longValue() > 0);
        TermsVersion version = new TermsVersion(checked.label(), checked.textFr(), checked.textEn(), checked.inForceOn(),
                OffsetDateTime.now(clock), actorId);
        em.persist(version);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("label", version.getLabel());
        after.put("inForceOn", version.getInForceOn().toString());
        after.put("textFrLength", version.getTextFr().length());
        after.put("textEnLength", version.getTextEn().length());
        audit.record("TERMS_PUBLISHED", "terms_of_use", version.getLabel(),
                current().filter(c -> !c.getLabel().equals(version.getLabel()))
                        .map(c -> Map.of("currentLabel", c.getLabel())).orElse(null), after);
        return version;
    }

    /** The page showing a version (path and query, from the portal's root). */
    public static String pagePath(String label) {
        return "/terms.xhtml?version=" + URLEncoder.encode(label, StandardCharsets.UTF_8);
    }

    /** Today in Paris by the portal's clock: the day versions come into force. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.PARIS));
    }
}
