package fr.marelle.privacy.control;

import fr.marelle.family.control.HealthDataViews;
import fr.marelle.privacy.entity.DataExport.ApiTokenData;
import fr.marelle.privacy.entity.DataExport.AuditData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.marelle.privacy.control.ExportRows.at;
import static fr.marelle.privacy.control.ExportRows.number;
import static fr.marelle.privacy.control.ExportRows.query;
import static fr.marelle.privacy.control.ExportRows.text;
import static fr.marelle.privacy.control.FamilyFileSections.NAME;

/** The export's traces: the guardians' API tokens and the audit entries about the household. */
@ApplicationScoped
public class TraceSections {

    /**
     * The records of the household an audit entry may name, as (object_type, object_id): the object types the
     * controls write (HouseholdHistory's "child", "pickup", "quotient"…, and the other capabilities' table names).
     * Sign-ins and tokens are the requesting account's only: a co-guardian's are their own personal data.
     */
    private static final String OBJECTS_OF_HOUSEHOLD = """
            with kids as (select child_id as id from household_child where household_id = ?1),
            objects(type, id) as (
                select t, cast(?1 as text) from unnest(array['household', 'billing']) t
                union all select t, k.id::text from kids k, unnest(array['child', 'custody']) t
                union all select t, p.id::text from pickup_person p join kids k on k.id = p.child_id,
                    unnest(array['pickup', 'notAllowed']) t
                union all select 'guardian', g.account_id::text from guardian g where g.household_id = ?1
                union all select 'account', cast(?3 as text)
                union all select t, r.id::text from household_request r, unnest(array['request', 'household_request']) t
                    where r.household_id = ?1
                union all select 'quotient', id::text from family_quotient where household_id = ?1
                union all select 'guardianInvitation', id::text from guardian_invitation where household_id = ?1
                union all select 'registration', id::text from registration where household_id = ?1
                union all select 'booking', id::text from booking where household_id = ?1
                union all select 'attendance', id::text from attendance where household_id = ?1
                union all select 'invoice', id::text from invoice where household_id = ?1
                union all select 'credit_note', id::text from credit_note where household_id = ?1
                union all select 'payment', id::text from payment where household_id = ?1
                union all select 'payment_attempt', id::text from payment_attempt where household_id = ?1
                union all select 'apiToken', id::text from api_token where account_id = ?3)
            """;

    @PersistenceContext
    EntityManager em;

    /** The requesting account's tokens (a co-guardian's are theirs to export). */
    public List<ApiTokenData> apiTokens(long accountId) {
        return query(em, "select " + NAME.formatted("a") + ", t.name, t.role, t.created_at, t.expires_at, t.last_used_at,"
                + " t.revoked_at from api_token t join account a on a.id = t.account_id"
                + " where t.account_id = ?1 order by t.created_at, t.id", accountId).stream()
                .map(t -> new ApiTokenData(text(t[0]), text(t[1]), text(t[2]), at(t[3]), at(t[4]), at(t[5]), at(t[6]))).toList();
    }

    /**
     * Newest first. Who acted is shown by name and kind (family, staff with its roles, another account, the portal),
     * never by e-mail; the client address only for the requesting account's own actions. A health-data view names
     * this household's children only (a session list shows other families' children too).
     */
    public List<AuditData> auditEntries(long householdId, long accountId) {
        Map<Long, String> children = query(em, "select c.id, " + NAME.formatted("c") + " from household_child hc"
                + " join child c on c.id = hc.child_id where hc.household_id = ?1", householdId).stream()
                .collect(Collectors.toMap(r -> number(r[0]), r -> text(r[1])));
        List<AuditData> entries = new ArrayList<>();
        for (Object[] e : query(em, OBJECTS_OF_HOUSEHOLD + """
                select e.at, e.action, %s, e.actor_id in (select account_id from guardian where household_id = ?1),
                    e.actor_id = ?3,
                    (select string_agg(role, ',' order by role) from account_role r where r.account_id = e.actor_id
                        and role in ('AGENT', 'FINANCE', 'ADMIN')),
                    e.ip, e.object_type, e.object_id, e.before_json::text, e.after_json::text
                from audit_entry e left join account a on a.id = e.actor_id
                where (e.object_type, e.object_id) in (select type, id from objects)
                   or (e.action = ?2 and exists (select 1 from kids k where e.after_json -> 'childIds' @> to_jsonb(k.id)))
                order by e.at desc, e.id desc
                """.formatted(NAME.formatted("a")), householdId, HealthDataViews.ACTION, accountId)) {
            String action = text(e[1]);
            boolean family = Boolean.TRUE.equals(e[3]);
            boolean self = Boolean.TRUE.equals(e[4]);
            List<String> staffRoles = e[5] == null ? List.of() : Arrays.asList(e[5].toString().split(","));
            String kind = e[2] == null ? "SYSTEM" : family ? "FAMILY" : staffRoles.isEmpty() ? "OTHER" : "STAFF";
            JsonValue before = json(text(e[9]));
            JsonValue after = json(text(e[10]));
            List<String> shown = List.of();
            if (HealthDataViews.ACTION.equals(action) && after instanceof JsonObject detail) {
                shown = detail.getJsonArray("childIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(n -> children.get(n.longValue())).filter(java.util.Objects::nonNull).toList();
                after = Json.createObjectBuilder().add("where", detail.getString("where", "")).build();
            }
            entries.add(new AuditData(at(e[0]), action, text(e[2]), kind, staffRoles, self ? text(e[6]) : null, text(e[7]),
                    text(e[8]), shown, before, after));
        }
        return entries;
    }

    private static JsonValue json(String text) {
        if (text == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
