package fr.marelle.franceconnect.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.audit.entity.Actor;
import fr.marelle.franceconnect.entity.FranceConnectLink;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which person a FranceConnect identity is, as FRANCECONNECT.md §6 says: a link is per person
 * (account), one sub per person and one person per sub; an unknown identity is linked by itself only
 * when its six pivot fields match exactly one person whose civil identity the town verified and who
 * has no link yet; never on the e-mail. Unlinking needs another way to sign in (a password). Every
 * sign-in, link, unlink and refusal is audited.
 */
@ApplicationScoped
public class FranceConnectLinks {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** How a link was made (column linked_how). */
    public enum How { LINKED_SIGNED_IN, AUTOMATIC_PIVOT_MATCH, LINKED_AFTER_LOCAL_LOGIN, REGISTERED }

    /** What a FranceConnect sign-in comes to. */
    public enum Outcome { SIGNED_IN, UNKNOWN_IDENTITY, NOT_ACTIVATED, DEACTIVATED }

    public record SignIn(Outcome outcome, Account account) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Optional<FranceConnectLink> of(long accountId) {
        return Optional.ofNullable(em.find(FranceConnectLink.class, accountId));
    }

    /** The person FranceConnect vouched for, found by link or, failing that, by an exact verified pivot match. */
    @Transactional
    public SignIn signIn(FranceConnectIdentity identity) {
        Optional<Account> linked = linkedAccount(identity);
        if (linked.isEmpty()) {
            Optional<Long> match = onlyPivotMatch(identity);
            if (match.isEmpty()) {
                audit.recordAs(new Actor(null, null, null), "FC_IDENTITY_UNKNOWN", "franceconnect", null, null,
                        Map.of("pivotGiven", identity.pivot() != null));
                return new SignIn(Outcome.UNKNOWN_IDENTITY, null);
            }
            Account account = accounts.require(match.get());
            insert(account, identity, How.AUTOMATIC_PIVOT_MATCH);
            linked = Optional.of(account);
        }
        Account account = linked.get();
        Actor actor = new Actor(account.getId(), account.getEmail(), null);
        if (account.getStatus() == AccountStatus.DEACTIVATED) {
            audit.recordAs(actor, "FC_LOGIN_REFUSED_DEACTIVATED", "account", account.getId(), null, null);
            return new SignIn(Outcome.DEACTIVATED, account);
        }
        if (account.getStatus() != AccountStatus.ACTIVE) {
            audit.recordAs(actor, "FC_LOGIN_REFUSED_NOT_ACTIVATED", "account", account.getId(), null, null);
            return new SignIn(Outcome.NOT_ACTIVATED, account);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("update fc_link set last_login_at = ?2 where account_id = ?1")
                .setParameter(1, account.getId()).setParameter(2, now).executeUpdate();
        em.createNativeQuery("update account set last_login_at = ?2 where id = ?1 and (last_login_at is null or last_login_at < ?2)")
                .setParameter(1, account.getId()).setParameter(2, now).executeUpdate();
        audit.recordAs(actor, "FC_LOGIN_SUCCEEDED", "account", account.getId(), null, null);
        return new SignIn(Outcome.SIGNED_IN, account);
    }

    /**
     * Links the person to the identity, after they proved who they are (signed in, or signed in
     * locally once). False, audited, when the identity is another person's or the person already
     * has another one.
     */
    @Transactional
    public boolean link(long accountId, FranceConnectIdentity identity, How how) {
        Account account = accounts.require(accountId);
        Optional<Account> holder = linkedAccount(identity);
        if (holder.isPresent()) {
            boolean same = holder.get().getId().equals(accountId);
            if (!same) {
                audit.recordAs(new Actor(account.getId(), account.getEmail(), null), "FC_LINK_REFUSED", "account",
                        accountId, null, Map.of("reason", "identity linked to another account"));
            }
            return same;
        }
        if (of(accountId).isPresent()) {
            audit.recordAs(new Actor(account.getId(), account.getEmail(), null), "FC_LINK_REFUSED", "account",
                    accountId, null, Map.of("reason", "account linked to another identity"));
            return false;
        }
        insert(account, identity, how);
        return true;
    }

    /** Removes the person's link; false, audited, when FranceConnect is their only way to sign in. */
    @Transactional
    public boolean unlink(long accountId) {
        Account account = accounts.require(accountId);
        Optional<FranceConnectLink> link = of(accountId);
        if (link.isEmpty()) {
            return true;
        }
        if (account.getPasswordHash() == null) {
            audit.record("FC_UNLINK_REFUSED", "account", accountId, null, Map.of("reason", "no other way to sign in"));
            return false;
        }
        em.createNativeQuery("delete from fc_link where account_id = ?1").setParameter(1, accountId).executeUpdate();
        audit.record("FC_UNLINKED", "account", accountId, Map.of("issuer", link.get().getIssuer(),
                "linkedAt", link.get().getLinkedAt().toString()), null);
        return true;
    }

    /** A refused callback (bad state, signature, nonce…): who it was is unknown, what was refused is kept. */
    @Transactional
    public void refused(String reason, String detail) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reason", reason);
        after.put("detail", detail == null ? "" : detail.length() > 300 ? detail.substring(0, 300) : detail);
        audit.record("FC_LOGIN_REFUSED", "franceconnect", null, null, after);
    }

    private Optional<Account> linkedAccount(FranceConnectIdentity identity) {
        List<?> rows = em.createNativeQuery("select account_id from fc_link where issuer = ?1 and sub = ?2")
                .setParameter(1, identity.issuer()).setParameter(2, identity.sub()).getResultList();
        return rows.stream().findFirst().map(id -> accounts.require(((Number) id).longValue()));
    }

    /** The one unlinked person whose verified civil identity is FranceConnect's; empty when none or several. */
    private Optional<Long> onlyPivotMatch(FranceConnectIdentity identity) {
        if (identity.pivot() == null) {
            return Optional.empty();
        }
        PivotIdentity given = identity.pivot();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select v.account_id, v.family_name, v.given_names, v.birthdate, v.gender,"
                        + " v.birthplace, v.birthcountry, exists (select 1 from fc_link l where l.account_id = v.account_id)"
                        + " from verified_civil_identity v where v.birthdate = ?1")
                .setParameter(1, Date.valueOf(given.birthdate())).getResultList();
        List<Object[]> matches = rows.stream().filter(r -> given.sameAs(new PivotIdentity((String) r[1], (String) r[2],
                ((Date) r[3]).toLocalDate(), (String) r[4], (String) r[5], (String) r[6]))).toList();
        // two verified people with the same identity: nobody can tell which one without signing in
        if (matches.size() != 1 || Boolean.TRUE.equals(matches.get(0)[7])) {
            return Optional.empty();
        }
        return Optional.of(((Number) matches.get(0)[0]).longValue());
    }

    private void insert(Account account, FranceConnectIdentity identity, How how) {
        Map<String, Object> snapshot = identity.pivotIdentity().map(PivotIdentity::snapshot).orElseGet(LinkedHashMap::new);
        em.createNativeQuery("insert into fc_link (account_id, issuer, sub, linked_at, linked_how, pivot_snapshot)"
                        + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb))")
                .setParameter(1, account.getId()).setParameter(2, identity.issuer()).setParameter(3, identity.sub())
                .setParameter(4, OffsetDateTime.now(clock)).setParameter(5, how.name())
                .setParameter(6, JSON.toJson(snapshot)).executeUpdate();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("how", how.name());
        after.put("issuer", identity.issuer());
        after.putAll(snapshot);
        audit.recordAs(new Actor(account.getId(), account.getEmail(), null), "FC_LINKED", "account", account.getId(), null, after);
    }
}
