package fr.marelle.privacy.control;

import fr.marelle.family.control.Countries;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.control.Messages;
import fr.marelle.privacy.entity.DataExport;
import fr.marelle.privacy.entity.DataExport.AccountData;
import fr.marelle.privacy.entity.DataExport.HouseholdData;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The export as a reader sees it, in their language: one titled table per section, every cell already text. The
 * page and the PDF both show this, so they cannot say different things; the JSON keeps every field.
 */
public record ReadableExport(OffsetDateTime exportedAt, List<Table> tables) {

    /** A section: its anchor id, title, column headers and rows (empty: the page says there is nothing). */
    public record Table(String id, String title, List<String> headers, List<List<String>> rows) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public static ReadableExport of(DataExport e, Locale locale) {
        Cells c = new Cells(locale);
        List<Table> tables = new ArrayList<>();
        tables.add(c.facts("account", accountFacts(e.account(), c)));
        if (e.household() != null) {
            tables.add(c.facts("household", householdFacts(e.household(), c)));
        }
        if (e.organisation() != null) {
            tables.add(c.facts("organisation", organisationFacts(e.organisation(), c)));
        }
        tables.add(c.table("guardians", e.guardians(), List.of("name", "email", "joinedAt"),
                g -> List.of((g.civility() == null ? "" : c.t("civility." + g.civility()) + " ") + g.firstName() + " " + g.lastName(),
                        g.email(), c.at(g.joinedAt()))));
        tables.add(c.table("invitations", e.guardianInvitations(), List.of("invitee", "invitedBy", "state", "createdAt", "decidedAt"),
                i -> List.of(i.invitee(), c.text(i.invitedBy()), i.state(), c.at(i.createdAt()), c.at(i.decidedAt()))));
        tables.add(c.table("children", e.children(), List.of("name", "birthDate", "school", "diet", "allergies", "pai",
                "doctor", "photoConsent"), k -> List.of(k.firstName() + " " + k.lastName(), c.day(k.birthDate()),
                c.join(k.school(), k.level()), c.join(k.diet(), k.dietOther()), c.text(k.allergies()), c.yes(k.pai()),
                c.join(k.doctorName(), k.doctorPhone()), c.yes(k.photoConsent()))));
        tables.add(c.table("pickupPersons", e.children().stream().flatMap(k -> k.pickupPersons().stream()
                        .map(p -> List.of(k.firstName(), p.firstName() + " " + p.lastName(), p.relation(), c.join(p.phone(), p.otherPhone()),
                                c.yes(p.mayPickUp()), c.yes(p.emergencyContact()), c.yes(p.notAllowed())))).toList(),
                List.of("child", "name", "relation", "phone", "mayPickUp", "emergencyContact", "notAllowed"), Function.identity()));
        tables.add(c.table("quotients", e.familyQuotients(), List.of("amount", "validity", "status", "submittedAt", "decidedAt",
                "proofReceived", "proofDeletedAt"), q -> List.of(String.valueOf(q.amount()), c.day(q.validFrom()) + " – "
                + c.day(q.validTo()), q.status(), c.at(q.submittedAt()), c.at(q.decidedAt()), c.yes(q.proofReceived()),
                c.at(q.proofDeletedAt()))));
        tables.add(c.table("requests", e.householdRequests(), List.of("reference", "type", "state", "submittedAt", "decidedAt",
                "decisionMessage"), r -> List.of("#" + r.id(), r.type(), r.state(), c.at(r.submittedAt()), c.at(r.decidedAt()),
                c.text(r.decisionMessage()))));
        tables.add(c.table("requestMessages", e.householdRequests().stream().flatMap(r -> r.messages().stream()
                        .map(m -> List.of("#" + r.id(), c.at(m.at()), m.author(), m.text()))).toList(),
                List.of("reference", "at", "author", "message"), Function.identity()));
        tables.add(c.table("registrations", e.registrations(), List.of("reference", "child", "activity", "period", "state",
                "submittedAt"), r -> List.of("#" + r.id(), r.child(), r.activity(), r.period(), r.state(), c.at(r.submittedAt()))));
        tables.add(c.table("registrationMessages", e.registrations().stream().flatMap(r -> r.messages().stream()
                        .map(m -> List.of("#" + r.id(), c.at(m.at()), m.author(), m.text()))).toList(),
                List.of("reference", "at", "author", "message"), Function.identity()));
        tables.add(c.table("schoolEnrolments", e.schoolEnrolments(), List.of("reference", "child", "schoolYear", "level",
                "school", "state", "submittedAt", "decidedAt", "reason"), r -> List.of(r.reference(), r.child(), r.schoolYear(),
                r.level(), c.join(r.assignedSchool() != null ? r.assignedSchool() : r.wishedSchool() != null ? r.wishedSchool()
                        : r.proposedSchool()), r.state(), c.at(r.submittedAt()), c.at(r.decidedAt()),
                c.join(r.derogationReason(), r.refusalReason()))));
        tables.add(c.table("enrolmentDocuments", e.schoolEnrolments().stream().flatMap(r -> r.documents().stream()
                        .map(d -> List.of(r.reference(), d.kind(), d.mediaType(), c.size(d.sizeBytes()), c.at(d.addedAt()),
                                c.yes(d.fileKept())))).toList(),
                List.of("reference", "document", "type", "size", "addedAt", "fileKept"), Function.identity()));
        tables.add(c.table("enrolmentMessages", e.schoolEnrolments().stream().flatMap(r -> r.messages().stream()
                        .map(m -> List.of(r.reference(), c.at(m.at()), m.author(), m.text()))).toList(),
                List.of("reference", "at", "author", "message"), Function.identity()));
        tables.add(c.table("roomHires", e.roomHires(), List.of("reference", "room", "slot", "purpose", "attendance", "status",
                "price", "deposit", "decidedAt", "reason"), h -> List.of(h.reference(), c.join(h.room(), h.site()),
                c.at(h.startsAt()) + " – " + c.at(h.endsAt()), c.text(h.purpose()), String.valueOf(h.attendance()), h.status(),
                c.money(h.rentCents() + (long) h.cleaningCents()), c.join(c.money(h.depositCents()), h.depositStatus()),
                c.at(h.decidedAt()), c.join(h.refusalReason(), h.depositReason()))));
        tables.add(c.table("bookings", e.bookings(), List.of("reference", "child", "activity", "day", "status", "requestedAt",
                "cancelledAt"), b -> List.of("#" + b.id(), b.child(), b.activity(), c.day(b.day()), b.status(),
                c.at(b.requestedAt()), c.at(b.cancelledAt()))));
        tables.add(c.table("bookingChanges", e.bookingChanges(), List.of("at", "reference", "child", "action", "actor", "reason"),
                b -> List.of(c.at(b.at()), "#" + b.bookingId(), b.child(), b.action(), b.actor(), c.text(b.reason()))));
        tables.add(c.table("attendance", e.attendance(), List.of("day", "child", "activity", "status", "markedBy"),
                a -> List.of(c.day(a.day()), a.child(), a.activity(), a.status(), a.markedBy())));
        tables.add(c.table("invoices", e.invoices(), List.of("number", "month", "issuedOn", "dueOn", "total", "reminders",
                "treasury"), i -> List.of(i.number(), i.month(), c.day(i.issuedOn()), c.day(i.dueOn()), c.money(i.totalCents()),
                i.remindersSentOn().stream().map(c::day).collect(Collectors.joining(", ")), c.day(i.sentToTreasuryOn()))));
        tables.add(c.table("invoiceLines", e.invoices().stream().flatMap(i -> i.lines().stream()
                        .map(l -> List.of(i.number(), c.day(l.day()), l.child(), l.activity(), l.charge(), c.money(l.amountCents()))))
                        .toList(), List.of("invoice", "day", "child", "activity", "charge", "amount"), Function.identity()));
        tables.add(c.table("creditNotes", e.creditNotes(), List.of("number", "invoice", "issuedOn", "total", "reason"),
                n -> List.of(n.number(), n.invoiceNumber(), c.day(n.issuedOn()), c.money(n.totalCents()), n.reason())));
        tables.add(c.table("payments", e.payments(), List.of("number", "kind", "means", "amount", "receivedOn", "allocations"),
                p -> List.of(p.number(), p.kind(), p.means(), c.money(p.amountCents()), c.day(p.receivedOn()),
                        p.allocations().stream().map(a -> a.invoiceNumber() + " : " + c.money(a.amountCents()))
                                .collect(Collectors.joining(", ")))));
        tables.add(c.table("onlinePayments", e.onlinePaymentAttempts(), List.of("reference", "amount", "status", "createdAt",
                "invoice"), a -> List.of(a.reference(), c.money(a.amountCents()), a.status(), c.at(a.createdAt()),
                String.join(", ", a.invoiceNumbers()))));
        tables.add(c.table("calendarFeeds", e.calendarFeeds(), List.of("child", "createdAt", "revokedAt"),
                f -> List.of(f.child(), c.at(f.createdAt()), c.at(f.revokedAt()))));
        tables.add(c.table("apiTokens", e.apiTokens(), List.of("holder", "name", "role", "createdAt", "lastUsedAt", "revokedAt"),
                t -> List.of(t.holder(), t.name(), t.role(), c.at(t.createdAt()), c.at(t.lastUsedAt()), c.at(t.revokedAt()))));
        tables.add(c.table("history", e.householdHistory(), List.of("at", "actor", "subject", "field", "oldValue", "newValue"),
                h -> List.of(c.at(h.at()), h.actor(), h.subject(), h.field(), c.text(h.oldValue()), c.text(h.newValue()))));
        tables.add(c.table("audit", e.auditEntries(), List.of("at", "action", "actor", "object", "children"),
                a -> List.of(c.at(a.at()), a.action(), c.actor(a), c.join(a.objectType(), a.objectId()),
                        String.join(", ", a.children()))));
        return new ReadableExport(e.exportedAt(), tables);
    }

    private static List<List<String>> accountFacts(AccountData a, Cells c) {
        var fc = a.franceConnect();
        var civil = a.verifiedCivilIdentity();
        return List.of(c.fact("email", a.email()), c.fact("name", a.firstName() + " " + a.lastName()),
                c.fact("roles", String.join(", ", a.roles())), c.fact("status", a.status()), c.fact("language", a.language()),
                c.fact("createdAt", c.at(a.createdAt())), c.fact("lastSignInAt", c.at(a.lastSignInAt())),
                c.fact("terms", String.join(" ; ", a.termsAcceptances().stream()
                        .map(t -> c.join(t.version(), c.at(t.acceptedAt()))).toList())),
                c.fact("maintenanceNotices", c.yes(a.maintenanceNotices())),
                c.fact("franceConnect", fc == null ? c.t("export.value.notLinked") : c.join(c.at(fc.linkedAt()),
                        c.t("export.value.linkedHow." + fc.linkedHow()), c.t("export.value.lastFranceConnectSignIn") + " "
                                + (fc.lastSignInAt() == null ? c.t("export.value.never") : c.at(fc.lastSignInAt())), fc.sub())),
                c.fact("verifiedCivilIdentity", civil == null ? c.t("export.value.notVerified") : c.join(civil.familyName(),
                        civil.givenNames(), c.day(civil.birthdate()), c.t("franceconnect.gender." + civil.gender()),
                        civil.birthplace(), civil.birthcountry(), c.t("civilIdentity.document." + civil.documentKind()),
                        c.at(civil.verifiedAt()))));
    }

    private static List<List<String>> organisationFacts(DataExport.OrganisationData o, Cells c) {
        return List.of(c.fact("type", o.type()), c.fact("name", o.name()), c.fact("number", c.text(o.number())),
                c.fact("members", String.join(", ", o.members())), c.fact("address", c.text(o.billingAddress())));
    }

    private static List<List<String>> householdFacts(HouseholdData h, Cells c) {
        return List.of(c.fact("name", h.name()), c.fact("address", c.join(h.addressLine1(), h.addressLine2(), h.postcode(), h.city(),
                        Countries.FRANCE.equals(h.country()) ? null : c.t("country." + h.country()))),
                c.fact("phone", c.join(h.phone(), h.otherPhone())), c.fact("billingContact", c.text(h.billingContact())),
                c.fact("createdAt", c.at(h.createdAt())));
    }

    /** Turning values into the reader's text. */
    private record Cells(Locale locale) {

        String t(String key) {
            return Messages.text(locale, key);
        }

        List<String> fact(String key, String value) {
            return List.of(t("export.col." + key), value);
        }

        Table facts(String id, List<List<String>> rows) {
            return new Table(id, t("export.section." + id), List.of(t("export.col.field"), t("export.col.value")), rows);
        }

        <T> Table table(String id, List<T> items, List<String> columns, Function<T, List<String>> row) {
            return new Table(id, t("export.section." + id), columns.stream().map(k -> t("export.col." + k)).toList(),
                    items.stream().map(row).toList());
        }

        String at(OffsetDateTime at) {
            return at == null ? "" : INSTANT.format(at.atZoneSameInstant(fr.marelle.platform.control.ClockProducer.PARIS));
        }

        String day(LocalDate day) {
            return day == null ? "" : DAY.format(day);
        }

        String money(long cents) {
            return Prices.money(cents, locale);
        }

        /** A file size in kilobytes, as the reader writes numbers. */
        String size(int bytes) {
            return Messages.text(locale, "export.size", Math.max(1, Math.round(bytes / 1024.0)));
        }

        String yes(boolean yes) {
            return t(yes ? "history.value.yes" : "history.value.no");
        }

        String text(String text) {
            return text == null ? "" : text;
        }

        /** The values given, skipping the empty ones. */
        String join(String... values) {
            return Arrays.stream(values).filter(v -> v != null && !v.isBlank() && !"NONE".equals(v))
                    .collect(Collectors.joining(" – "));
        }

        /** Staff by name and role, the family by name, the portal itself as such. */
        String actor(DataExport.AuditData a) {
            if (a.actor() == null) {
                return t("export.actor." + a.actorKind());
            }
            String what = a.actorRoles().isEmpty() ? t("export.actor." + a.actorKind())
                    : a.actorRoles().stream().map(r -> t("role." + r)).collect(Collectors.joining(", "));
            return a.actor() + " – " + what;
        }
    }
}
