package fr.marelle.privacy.control;

import fr.marelle.legal.control.SubmissionReference;
import fr.marelle.privacy.entity.DataExport.EnrolmentData;
import fr.marelle.privacy.entity.DataExport.EnrolmentDocumentData;
import fr.marelle.privacy.entity.DataExport.MessageData;
import fr.marelle.privacy.entity.DataExport.OrganisationData;
import fr.marelle.privacy.entity.DataExport.RoomHireData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static fr.marelle.privacy.control.ExportRows.at;
import static fr.marelle.privacy.control.ExportRows.number;
import static fr.marelle.privacy.control.ExportRows.query;
import static fr.marelle.privacy.control.ExportRows.text;
import static fr.marelle.privacy.control.ExportRows.yes;
import static fr.marelle.privacy.control.FamilyFileSections.NAME;

/**
 * The export's sections of the town's other services: school enrolment requests (documents by name, type and size,
 * never the files), room hires (never the insurance certificate) and the organisation an association or company
 * account holds for.
 */
@ApplicationScoped
public class EnrolmentAndHireSections {

    @PersistenceContext
    EntityManager em;

    public List<EnrolmentData> schoolEnrolments(long householdId) {
        List<EnrolmentData> enrolments = new ArrayList<>();
        for (Object[] e : query(em, "select e.id, " + NAME.formatted("c") + ", e.school_year, e.level_code, e.state,"
                + " ps.name, ws.name, e.derogation_reason, sa.name, e.missing_document, e.refusal_reason, e.decision_signatory,"
                + " e.submitted_at, " + NAME.formatted("s") + ", e.decided_at, e.applied_at, e.anonymised_at"
                + " from school_enrolment e join child c on c.id = e.child_id left join site ps on ps.id = e.proposed_site_id"
                + " left join site ws on ws.id = e.wished_site_id left join site sa on sa.id = e.assigned_site_id"
                + " left join account s on s.id = e.submitted_by where e.household_id = ?1 order by e.submitted_at, e.id",
                householdId)) {
            long id = number(e[0]);
            List<EnrolmentDocumentData> documents = query(em, "select kind, media_type, size_bytes, added_at,"
                    + " content is not null from school_enrolment_document where enrolment_id = ?1 order by kind", id).stream()
                    .map(d -> new EnrolmentDocumentData(text(d[0]), text(d[1]), (int) number(d[2]), at(d[3]), yes(d[4])))
                    .toList();
            List<MessageData> messages = query(em, "select at, author_name, from_staff, body from school_enrolment_message"
                    + " where enrolment_id = ?1 order by at, id", id).stream()
                    .map(m -> new MessageData(at(m[0]), text(m[1]), yes(m[2]), text(m[3]))).toList();
            enrolments.add(new EnrolmentData(id, SubmissionReference.of(SubmissionReference.Kind.SCHOOL_ENROLMENT, id,
                    at(e[12])).toString(), text(e[1]), text(e[2]), text(e[3]), text(e[4]), text(e[5]), text(e[6]), text(e[7]),
                    text(e[8]), text(e[9]), text(e[10]), text(e[11]), at(e[12]), text(e[13]), at(e[14]), at(e[15]), at(e[16]),
                    documents, messages));
        }
        return enrolments;
    }

    public List<RoomHireData> roomHires(long householdId) {
        return query(em, "select h.id, r.name, s.name, h.starts_at, h.ends_at, h.purpose, h.attendance, h.status, h.category,"
                + " h.rent_cents, h.cleaning_cents, h.deposit_cents, h.deposit_status, h.deposit_reason, h.insurance_required,"
                + " h.insurance_type is not null, " + NAME.formatted("q") + ", h.created_at, h.decided_at, h.refusal_reason,"
                + " h.decision_signatory, i.number from room_hire h join room r on r.id = h.room_id"
                + " join site s on s.id = r.site_id left join account q on q.id = h.requested_by"
                + " left join invoice i on i.id = h.invoice_id where h.household_id = ?1 order by h.starts_at, h.id",
                householdId).stream()
                .map(h -> new RoomHireData(number(h[0]), SubmissionReference.of(SubmissionReference.Kind.ROOM_HIRE,
                        number(h[0]), at(h[17])).toString(), text(h[1]), text(h[2]), at(h[3]), at(h[4]), text(h[5]),
                        (int) number(h[6]), text(h[7]), text(h[8]), (int) number(h[9]), (int) number(h[10]),
                        (int) number(h[11]), text(h[12]), text(h[13]), yes(h[14]), yes(h[15]), text(h[16]), at(h[17]),
                        at(h[18]), text(h[19]), text(h[20]), text(h[21]))).toList();
    }

    /**
     * The organisation of the household's members (the first member holding one, as invoices name it), or of the
     * account alone when it has no household yet; null for private persons.
     */
    public OrganisationData organisation(long accountId, Long householdId) {
        if (householdId == null) {
            List<Object[]> own = query(em, "select account_type, organisation_name, organisation_number from account"
                    + " where id = ?1 and account_type <> 'PRIVATE'", accountId);
            return own.isEmpty() ? null : new OrganisationData(text(own.get(0)[0]), text(own.get(0)[1]), text(own.get(0)[2]),
                    query(em, "select " + NAME.formatted("a") + " from account a where id = ?1", accountId).stream()
                            .map(m -> text(m[0])).toList(), null);
        }
        List<Object[]> found = query(em, "select a.account_type, a.organisation_name, a.organisation_number"
                + " from guardian g join account a on a.id = g.account_id where g.household_id = ?1"
                + " and a.account_type <> 'PRIVATE' order by g.joined_at, a.id limit 1", householdId);
        if (found.isEmpty()) {
            return null;
        }
        Object[] o = found.get(0);
        List<String> members = query(em, "select " + NAME.formatted("a") + " from guardian g join account a on a.id = g.account_id"
                + " where g.household_id = ?1 order by g.joined_at, a.id", householdId).stream().map(m -> text(m[0])).toList();
        Object[] h = query(em, "select address_line1, address_line2, postcode, city from household where id = ?1",
                householdId).get(0);
        String address = Arrays.stream(h).filter(Objects::nonNull).map(Object::toString).filter(s -> !s.isBlank())
                .collect(Collectors.joining(", "));
        return new OrganisationData(text(o[0]), text(o[1]), text(o[2]), members, address.isEmpty() ? null : address);
    }
}
