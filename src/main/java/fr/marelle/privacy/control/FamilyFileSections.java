package fr.marelle.privacy.control;

import fr.marelle.family.control.Countries;
import fr.marelle.privacy.entity.DataExport.AccountData;
import fr.marelle.privacy.entity.DataExport.CivilIdentityData;
import fr.marelle.privacy.entity.DataExport.FranceConnectLinkData;
import fr.marelle.privacy.entity.DataExport.TermsAcceptanceData;
import fr.marelle.privacy.entity.DataExport.ChildData;
import fr.marelle.privacy.entity.DataExport.GuardianData;
import fr.marelle.privacy.entity.DataExport.HistoryData;
import fr.marelle.privacy.entity.DataExport.HouseholdData;
import fr.marelle.privacy.entity.DataExport.InvitationData;
import fr.marelle.privacy.entity.DataExport.MessageData;
import fr.marelle.privacy.entity.DataExport.PickupPersonData;
import fr.marelle.privacy.entity.DataExport.QuotientData;
import fr.marelle.privacy.entity.DataExport.RequestData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static fr.marelle.privacy.control.ExportRows.at;
import static fr.marelle.privacy.control.ExportRows.day;
import static fr.marelle.privacy.control.ExportRows.number;
import static fr.marelle.privacy.control.ExportRows.optionalInt;
import static fr.marelle.privacy.control.ExportRows.optionalYes;
import static fr.marelle.privacy.control.ExportRows.query;
import static fr.marelle.privacy.control.ExportRows.text;
import static fr.marelle.privacy.control.ExportRows.yes;

/** The export's sections of the household file: account, household, guardians, children, quotients, requests, history. */
@ApplicationScoped
public class FamilyFileSections {

    /** An account's display name in SQL. */
    static final String NAME = "(%1$s.first_name || ' ' || %1$s.last_name)";

    @PersistenceContext
    EntityManager em;

    public AccountData account(long accountId) {
        Object[] a = query(em, "select email, first_name, last_name, status, language, created_at, activated_at, last_login_at,"
                + " terms_version, terms_accepted_at, maintenance_notices,"
                + " (select string_agg(role, ',' order by role) from account_role where account_id = a.id)"
                + " from account a where id = ?1", accountId).get(0);
        List<String> roles = a[11] == null ? List.of() : Arrays.asList(a[11].toString().split(","));
        List<TermsAcceptanceData> acceptances = query(em, "select version, accepted_at from terms_acceptance"
                + " where account_id = ?1 order by accepted_at", accountId).stream()
                .map(t -> new TermsAcceptanceData(text(t[0]), at(t[1]))).toList();
        return new AccountData(text(a[0]), text(a[1]), text(a[2]), roles, text(a[3]), text(a[4]), at(a[5]), at(a[6]),
                at(a[7]), text(a[8]), at(a[9]), yes(a[10]), acceptances, franceConnect(accountId), civilIdentity(accountId));
    }

    private FranceConnectLinkData franceConnect(long accountId) {
        return query(em, "select issuer, sub, linked_at, linked_how, last_login_at, cast(pivot_snapshot as text) from fc_link"
                + " where account_id = ?1", accountId).stream().findFirst()
                .map(l -> new FranceConnectLinkData(text(l[0]), text(l[1]), at(l[2]), text(l[3]), at(l[4]), json(text(l[5]))))
                .orElse(null);
    }

    private CivilIdentityData civilIdentity(long accountId) {
        return query(em, "select family_name, given_names, birthdate, gender, birthplace, birthcountry, document_kind, note,"
                + " verified_at, verified_by from verified_civil_identity where account_id = ?1", accountId).stream().findFirst()
                .map(v -> new CivilIdentityData(text(v[0]), text(v[1]), day(v[2]), text(v[3]), text(v[4]), text(v[5]), text(v[6]),
                        text(v[7]), at(v[8]), text(v[9])))
                .orElse(null);
    }

    private static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text == null ? "{}" : text))) {
            return reader.readValue();
        }
    }

    public HouseholdData household(long householdId) {
        Object[] h = query(em, "select h.id, h.name, h.address_line1, h.address_line2, h.postcode, h.city, h.phone,"
                + " h.other_phone, " + NAME.formatted("b") + ", h.resident_override, h.created_at, coalesce(h.country_code, ?2)"
                + " from household h left join account b on b.id = h.billing_account_id where h.id = ?1", householdId,
                Countries.FRANCE).get(0);
        return new HouseholdData(number(h[0]), text(h[1]), text(h[2]), text(h[3]), text(h[4]), text(h[5]), text(h[11]),
                text(h[6]), text(h[7]), text(h[8]), optionalYes(h[9]), at(h[10]));
    }

    public List<GuardianData> guardians(long householdId) {
        return query(em, "select a.first_name, a.last_name, a.email, g.joined_at, g.civility from guardian g"
                + " join account a on a.id = g.account_id where g.household_id = ?1 order by g.joined_at, a.id", householdId).stream()
                .map(g -> new GuardianData(text(g[0]), text(g[1]), text(g[2]), at(g[3]), text(g[4]))).toList();
    }

    public List<InvitationData> invitations(long householdId) {
        return query(em, "select " + NAME.formatted("a") + ", " + NAME.formatted("b") + ", i.state, i.created_at, i.expires_at,"
                + " i.decided_at from guardian_invitation i join account a on a.id = i.account_id"
                + " left join account b on b.id = i.invited_by where i.household_id = ?1 order by i.created_at", householdId).stream()
                .map(i -> new InvitationData(text(i[0]), text(i[1]), text(i[2]), at(i[3]), at(i[4]), at(i[5]))).toList();
    }

    public List<ChildData> children(long householdId) {
        List<ChildData> children = new ArrayList<>();
        for (Object[] c : query(em, "select c.id, c.first_name, c.last_name, c.birth_date, c.sex, s.name, c.level_code, c.diet,"
                + " c.diet_other, c.allergies, c.pai, c.doctor_name, c.doctor_phone, c.photo_consent, c.created_at, hc.linked_at"
                + " from household_child hc join child c on c.id = hc.child_id left join site s on s.id = c.school_site_id"
                + " where hc.household_id = ?1 order by c.birth_date, c.id", householdId)) {
            long id = number(c[0]);
            List<PickupPersonData> pickups = query(em, "select first_name, last_name, relation, phone, other_phone, may_pick_up,"
                    + " emergency_contact, not_allowed, note, created_at from pickup_person where child_id = ?1 order by id", id)
                    .stream().map(p -> new PickupPersonData(text(p[0]), text(p[1]), text(p[2]), text(p[3]), text(p[4]),
                            yes(p[5]), yes(p[6]), yes(p[7]), text(p[8]), at(p[9]))).toList();
            children.add(new ChildData(id, text(c[1]), text(c[2]), day(c[3]), text(c[4]), text(c[5]), text(c[6]), text(c[7]),
                    text(c[8]), text(c[9]), yes(c[10]), text(c[11]), text(c[12]), yes(c[13]), at(c[14]), at(c[15]), pickups));
        }
        return children;
    }

    /** The proof is deleted by the decision (FamilyQuotients.decide), so its deletion is the decision's instant. */
    public List<QuotientData> quotients(long householdId) {
        return query(em, "select q.amount, q.valid_from, q.valid_to, q.status, q.submitted_at, " + NAME.formatted("s") + ","
                + " q.decided_at, " + NAME.formatted("d") + ", q.decision_message, q.proof_type is not null, q.proof_type,"
                + " q.proof_size, q.proof is null from family_quotient q left join account s on s.id = q.submitted_by"
                + " left join account d on d.id = q.decided_by where q.household_id = ?1 order by q.submitted_at", householdId)
                .stream().map(q -> {
                    boolean received = yes(q[9]);
                    boolean deleted = received && yes(q[12]);
                    return new QuotientData(optionalInt(q[0]), day(q[1]), day(q[2]), text(q[3]), at(q[4]), text(q[5]), at(q[6]),
                            text(q[7]), text(q[8]), received, text(q[10]), optionalInt(q[11]), deleted ? at(q[6]) : null);
                }).toList();
    }

    public List<RequestData> requests(long householdId) {
        List<RequestData> requests = new ArrayList<>();
        for (Object[] r : query(em, "select r.id, r.type, r.state, " + NAME.formatted("c") + ", r.person_first_name,"
                + " r.person_last_name, r.relation, r.other_parent_name, r.other_parent_email, r.child_first_name, r.child_last_name,"
                + " r.child_birth_date, r.note, r.proof_type is not null, r.proof is not null, r.submitted_at, "
                + NAME.formatted("s") + ", r.decided_at, r.decision_message from household_request r"
                + " left join child c on c.id = r.child_id left join account s on s.id = r.submitted_by"
                + " where r.household_id = ?1 order by r.submitted_at", householdId)) {
            long id = number(r[0]);
            List<MessageData> messages = query(em, "select at, author_name, from_staff, body from household_request_message"
                    + " where request_id = ?1 order by at, id", id).stream()
                    .map(m -> new MessageData(at(m[0]), text(m[1]), yes(m[2]), text(m[3]))).toList();
            requests.add(new RequestData(id, text(r[1]), text(r[2]), text(r[3]), text(r[4]), text(r[5]), text(r[6]), text(r[7]),
                    text(r[8]), text(r[9]), text(r[10]), day(r[11]), text(r[12]), yes(r[13]), yes(r[14]), at(r[15]),
                    text(r[16]), at(r[17]), text(r[18]), messages));
        }
        return requests;
    }

    public List<HistoryData> history(long householdId) {
        return query(em, "select at, actor_name, subject, field, old_value, new_value from household_change"
                + " where household_id = ?1 order by at desc, id desc", householdId).stream()
                .map(h -> new HistoryData(at(h[0]), text(h[1]), text(h[2]), text(h[3]), text(h[4]), text(h[5]))).toList();
    }
}
