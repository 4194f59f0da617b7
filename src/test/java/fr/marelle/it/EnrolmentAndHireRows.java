package fr.marelle.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * A household's school enrolment request (with a document and a family message) and room hire (with an insurance
 * certificate), written straight into the database for the privacy tests (export, erasure, retention): what they
 * check is what becomes of these rows, not how they were asked for (SchoolEnrolmentIT and RoomHireIT do that).
 * Each hire is in a room of its own, so that slots never collide between tests.
 */
final class EnrolmentAndHireRows {

    private EnrolmentAndHireRows() {
    }

    /** A request of the household's first child for the coming school year, in the state given, returns its id. */
    static long enrolment(long household, String state, String mark) {
        try (Connection db = ItEnvironment.database()) {
            long child = Sql.one(db, "select min(child_id) from household_child where household_id = " + household);
            long account = Sql.one(db, "select account_id from guardian where household_id = " + household
                    + " order by joined_at limit 1");
            long school = Sql.one(db, "select min(id) from site where kind = 'SCHOOL'");
            long wished = Sql.one(db, "select max(id) from site where kind = 'SCHOOL'");
            int year = ItEnvironment.today().getYear() + 1;
            boolean decided = !state.equals("SUBMITTED");
            long id = Sql.one(db, "insert into school_enrolment (household_id, child_id, school_year, year_start, level_code,"
                    + " proposed_site_id, wished_site_id, derogation_reason, assigned_site_id, state, refusal_reason,"
                    + " decision_signatory, submitted_by, submitted_at, decided_at) values (" + household + ", " + child + ", '"
                    + year + "-" + (year + 1) + "', '" + year + "-09-01', 'PS', " + school + ", " + wished + ", 'Dérogation "
                    + mark + "', " + (state.equals("ACCEPTED") ? wished : "null") + ", '" + state + "', "
                    + (state.equals("REFUSED") ? "'Refus " + mark + "'" : "null") + ", "
                    + (state.equals("REFUSED") ? "'Le maire'" : "null") + ", " + account + ", " + Sql.now() + ", "
                    + (decided ? Sql.now() : "null") + ") returning id");
            Sql.update(db, "insert into school_enrolment_document (enrolment_id, kind, content, media_type, size_bytes, added_at)"
                    + " values (" + id + ", 'PROOF_OF_ADDRESS', " + (decided ? "null" : "convert_to('%PDF-" + mark + "', 'UTF8')")
                    + ", 'application/pdf', 2048, " + Sql.now() + ")");
            Sql.update(db, "insert into school_enrolment_message (enrolment_id, at, author_id, author_name, from_staff, body)"
                    + " values (" + id + ", " + Sql.now() + ", " + account + ", (select first_name || ' ' || last_name from account"
                    + " where id = " + account + "), false, 'Message " + mark + "')");
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A hire of a room of its own ("Salle IT …", the town's, without the mark) by the household, from {@code startsAt}
     * for three hours, with the mark in its purpose, insurance file and (kept) deposit reason; returns its id.
     */
    static long hire(long household, String status, OffsetDateTime startsAt, String depositStatus, String mark) {
        try (Connection db = ItEnvironment.database()) {
            long account = Sql.one(db, "select account_id from guardian where household_id = " + household
                    + " order by joined_at limit 1");
            long room = Sql.one(db, "insert into room (site_id, name, capacity, opens_at, closes_at, deposit_cents, created_at)"
                    + " values ((select min(id) from site), 'Salle IT " + System.nanoTime() + "', 80, '08:00', '23:00', 30000, " + Sql.now()
                    + ") returning id");
            boolean decided = !status.equals("REQUESTED");
            return Sql.one(db, "insert into room_hire (room_id, household_id, requested_by, starts_at, ends_at, purpose, attendance,"
                    + " status, category, rent_cents, cleaning_cents, deposit_cents, insurance_required, insurance_file,"
                    + " insurance_type, decided_at, refusal_reason, decision_signatory, deposit_status, deposit_reason,"
                    + " created_at) values (" + room + ", " + household + ", " + account + ", '" + startsAt + "', '"
                    + startsAt.plusHours(3) + "', 'Objet " + mark + "', 40, '" + status + "', 'ASSOCIATION', 12000, 3000, 30000,"
                    + " true, convert_to('%PDF-assurance-" + mark + "', 'UTF8'), 'application/pdf', "
                    + (decided ? Sql.now() : "null") + ", " + (status.equals("REFUSED") ? "'Refus " + mark + "', 'Le maire'" : "null, null")
                    + ", '" + depositStatus + "', " + (depositStatus.equals("KEPT") ? "'Caution " + mark + "'" : "null") + ", "
                    + Sql.now() + ") returning id");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
