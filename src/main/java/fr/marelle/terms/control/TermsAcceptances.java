package fr.marelle.terms.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.SqlInstants;
import fr.marelle.terms.entity.TermsVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who accepted which version of the terms of use, and who still has to accept the one in force. The history is
 * table {@code terms_acceptance}; {@link Account#acceptTerms} writes the latest acceptance on the account and a
 * database trigger adds it to the history, so that every way of accepting (sign-up, invitation, this page)
 * leaves the same trace.
 */
@ApplicationScoped
public class TermsAcceptances {

    /**
     * Who must accept a new version: the users of the service, i.e. requests acting as a family (PARENT). Staff
     * work under their employer's rules, so a staff sign-in or token is not held up; an account that is both
     * accepts when it signs in on the pages (which act with all its roles) or uses a PARENT token.
     */
    public static final Role CONCERNED = Role.PARENT;

    /** Key of the refusal to accept a version that is not the one in force (409 on the API). */
    public static final String NOT_CURRENT = "terms.acceptance.notCurrent";

    /** One acceptance of an account. */
    public record Acceptance(String label, LocalDate inForceOn, OffsetDateTime acceptedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    TermsVersions versions;

    @Inject
    AuditTrail audit;

    /**
     * The label of the version in force when the account (by its login) has not accepted it yet; one query, asked
     * on every request of a family.
     */
    public Optional<String> pendingLabel(String email) {
        // the account's id first (its e-mail index), then its acceptance by (account, version): joined the other
        // way round, the generic plan read every acceptance of the version in force (3 ms per request in the rush)
        List<?> label = em.createNativeQuery("select c.version from (" + TermsVersions.CURRENT + ") c"
                        + " where not exists (select 1 from terms_acceptance ta where ta.version = c.version"
                        + " and ta.account_id = (select a.id from account a where lower(a.email) = lower(?2)))")
                .setParameter(1, versions.today()).setParameter(2, email).getResultList();
        return label.isEmpty() ? Optional.empty() : Optional.of((String) label.get(0));
    }

    /** The version in force when the account has not accepted it yet. */
    public Optional<TermsVersion> pending(Account account) {
        return pendingLabel(account.getEmail()).flatMap(versions::byLabel);
    }

    /**
     * The account accepts the version in force, named by its label: anything else (an older version, one still to
     * come, a label mistyped) is refused with {@link #NOT_CURRENT}, since what the family read may not be what is
     * in force now. Accepting again what was accepted changes nothing. Audited.
     */
    @Transactional
    public Acceptance accept(long accountId, String label) {
        if (label == null || label.isBlank()) {
            throw RuleViolationException.of("version", "terms.acceptance.versionRequired");
        }
        Account account = em.find(Account.class, accounts.require(accountId).getId(), LockModeType.PESSIMISTIC_WRITE);
        TermsVersion current = versions.current().orElse(null);
        if (current == null || !current.getLabel().equals(label.strip())) {
            throw RuleViolationException.of("version", NOT_CURRENT, current == null ? "" : current.getLabel());
        }
        Optional<Acceptance> already = of(accountId).stream().filter(a -> a.label().equals(current.getLabel())).findFirst();
        if (already.isPresent()) {
            return already.get();
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("termsVersion", account.getTermsVersion() == null ? "" : account.getTermsVersion());
        OffsetDateTime now = OffsetDateTime.now(clock);
        account.acceptTerms(current.getLabel(), now);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("termsVersion", current.getLabel());
        after.put("acceptedAt", now.toString());
        audit.record("TERMS_ACCEPTED", "account", accountId, before, after);
        return new Acceptance(current.getLabel(), current.getInForceOn(), now);
    }

    /** Every version the account accepted, the latest first. */
    public List<Acceptance> of(long accountId) {
        List<?> rows = em.createNativeQuery("select ta.version, v.in_force_on, ta.accepted_at from terms_acceptance ta"
                + " join terms_of_use v on v.version = ta.version where ta.account_id = ?1 order by ta.accepted_at desc, v.in_force_on desc, ta.version desc")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Acceptance((String) r[0], localDate(r[1]),
                SqlInstants.paris(r[2]))).toList();
    }

    private static LocalDate localDate(Object column) {
        return column instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(column.toString());
    }
}
