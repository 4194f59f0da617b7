package fr.marelle.audit.control;

import fr.marelle.audit.entity.Actor;
import fr.marelle.audit.entity.AuditEntry;
import fr.marelle.platform.control.NativeQueries;
import fr.marelle.platform.control.PageRequest;
import fr.marelle.platform.control.SqlInstants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one entry point of the audit trail: who (account, address), when, what action on which
 * object, and the object's state before and after as JSON. Written in the caller's transaction,
 * so an audited change and its entry commit or roll back together.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    /** Records an action of the current request's actor (or of the system, outside requests). */
    @Transactional
    public void record(String action, String objectType, Object objectId, Object before, Object after) {
        recordAs(currentActor(), action, objectType, objectId, before, after);
    }

    /** Records an action of a given actor, e.g. the account that is just logging in. */
    @Transactional
    public void recordAs(Actor actor, String action, String objectType, Object objectId, Object before, Object after) {
        Actor who = actor.ip() == null ? actor.withIp(currentActor().ip()) : actor;
        em.createNativeQuery("insert into audit_entry (at, actor_id, actor_email, ip, action, object_type, object_id,"
                        + " before_json, after_json) values (?1, cast(?2 as bigint), ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), cast(?9 as jsonb))")
                .setParameter(1, OffsetDateTime.now(clock))
                .setParameter(2, who.accountId())
                .setParameter(3, who.email())
                .setParameter(4, who.ip())
                .setParameter(5, action)
                .setParameter(6, objectType)
                .setParameter(7, objectId == null ? null : objectId.toString())
                .setParameter(8, toJson(before))
                .setParameter(9, toJson(after))
                .executeUpdate();
    }

    /** The current request's actor; the system when no request is active (jobs). */
    public Actor currentActor() {
        try {
            return currentActor.get();
        } catch (ContextNotActiveException e) {
            return Actor.SYSTEM;
        }
    }

    /** Columns a page of the trail may be sorted by, as the audit page names them. */
    private static final Map<String, String> SORTABLE = Map.of("at", "at", "actor", "actor_email", "action", "action");

    /** One page of the entries that match, newest first unless sorted otherwise; every criterion is optional. */
    public List<AuditEntry> search(AuditQuery query, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String sql = "select id, at, actor_id, actor_email, ip, action, object_type, object_id,"
                + " before_json::text, after_json::text from audit_entry" + where(query, params)
                + page.orderBy(SORTABLE, "at desc", "id desc");
        List<AuditEntry> entries = new ArrayList<>();
        for (Object row : NativeQueries.bound(em, sql, params.toArray()).getResultList()) {
            Object[] c = (Object[]) row;
            entries.add(new AuditEntry(((Number) c[0]).longValue(), SqlInstants.paris(c[1]),
                    c[2] == null ? null : ((Number) c[2]).longValue(), (String) c[3], (String) c[4],
                    (String) c[5], (String) c[6], (String) c[7], (String) c[8], (String) c[9]));
        }
        return entries;
    }

    /** How many entries match, exactly (the paginator shows it). */
    public long count(AuditQuery query) {
        List<Object> params = new ArrayList<>();
        String sql = "select count(*) from audit_entry" + where(query, params);
        return ((Number) NativeQueries.bound(em, sql, params.toArray()).getSingleResult()).longValue();
    }

    /** " where …" with numbered parameters; text criteria match without case. */
    private static String where(AuditQuery query, List<Object> params) {
        StringBuilder sql = new StringBuilder(" where true");
        where(sql, params, "lower(actor_email) like ?",
                query.actorEmail() == null ? null : "%" + query.actorEmail().toLowerCase() + "%");
        where(sql, params, "action = ?", query.action());
        where(sql, params, "object_type = ?", query.objectType());
        where(sql, params, "object_id = ?", query.objectId());
        where(sql, params, "at >= ?", query.from());
        where(sql, params, "at < ?", query.to());
        return sql.toString();
    }

    /** Adds "and condition" with the next numbered parameter when the value is given. */
    private static void where(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            params.add(value);
            sql.append(" and ").append(condition).append(params.size());
        }
    }

    /** The distinct actions recorded so far, for the search form. */
    public List<String> actions() {
        List<?> rows = em.createNativeQuery("select distinct action from audit_entry order by action").getResultList();
        return rows.stream().map(Object::toString).toList();
    }

    private static String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String s ? JSON.toJson(java.util.Map.of("value", s)) : JSON.toJson(value);
    }
}
