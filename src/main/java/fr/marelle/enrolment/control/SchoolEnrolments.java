package fr.marelle.enrolment.control;

import fr.marelle.enrolment.entity.DocumentKind;
import fr.marelle.enrolment.entity.EnrolmentDocument;
import fr.marelle.enrolment.entity.EnrolmentMessage;
import fr.marelle.enrolment.entity.EnrolmentState;
import fr.marelle.enrolment.entity.SchoolEnrolment;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.HouseholdHistory;
import fr.marelle.family.control.ProofFiles;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Account;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.legal.control.SubmissionReference;
import fr.marelle.planning.entity.Site;
import fr.marelle.planning.entity.SiteKind;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import fr.marelle.registration.control.RegistrationPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * School enrolment requests: a guardian asks for a child and a school year (the level follows from the birth date,
 * the school from the school map, or a dérogation names the wished school), joins the documents; an agent asks
 * for a missing document (the family adds it and sends the request again), accepts with the assigned school or
 * refuses with the reason and the appeal routes. Every change is in the household's history and the audit trail,
 * and mailed to the guardians. The documents' content is deleted once the request is decided or withdrawn.
 */
@ApplicationScoped
public class SchoolEnrolments {

    public static final int MAX_PAGE_SIZE = 100;

    /** What the family fills in. */
    public record Form(Long childId, String schoolYear, Long wishedSchoolId, String derogationReason) {
    }

    /** What the portal proposes for a child and a school year, before the family asks. */
    public record Proposal(String schoolYear, String levelCode, String cycle, Long schoolId) {
    }

    /** What an agent decides: INCOMPLETE (with the document and a message), ACCEPTED (with the school) or REFUSED (with the reason). */
    public record Decision(EnrolmentState state, Long schoolId, DocumentKind document, String message) {
    }

    /** The agents' filters; null means any. States empty: the requests waiting for the agents (SUBMITTED). */
    public record Filter(Long schoolId, String levelCode, Set<EnrolmentState> states, String schoolYear) {
    }

    public record Page(List<View> items, long total, int page, int size) {
    }

    /** A request with what the pages, the API and the mails show of it. */
    public record View(SchoolEnrolment enrolment, Child child, Household household, String proposedSchool,
                       String wishedSchool, String assignedSchool, List<EnrolmentDocument> documents,
                       List<EnrolmentMessage> messages) {

        /** The school the request is about: assigned, else wished, else proposed (null when none). */
        public String school() {
            return assignedSchool != null ? assignedSchool : wishedSchool != null ? wishedSchool : proposedSchool;
        }

        public Set<DocumentKind> missingDocuments() {
            Set<DocumentKind> missing = EnumSet.allOf(DocumentKind.class);
            documents.forEach(d -> missing.remove(d.getKind()));
            return missing;
        }

        public SubmissionReference reference() {
            return SchoolEnrolments.reference(enrolment);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    HouseholdHistory history;

    @Inject
    SchoolMap map;

    @Inject
    EnrolmentMails mails;

    @Inject
    SchoolYearStart yearStart;

    @Inject
    LegalMentions legalMentions;

    @Inject
    EnrolmentWindows windows;

    @Inject
    Clock clock;

    public static SubmissionReference reference(SchoolEnrolment e) {
        return SubmissionReference.of(SubmissionReference.Kind.SCHOOL_ENROLMENT, e.getId(), e.getSubmittedAt());
    }

    /** The school years a family may ask for today: the current one (arriving in town) and the coming one. */
    public List<String> schoolYears() {
        LocalDate today = LocalDate.now(clock);
        return List.of(RegistrationPeriod.containing(today.plusYears(1)).label(), RegistrationPeriod.containing(today).label());
    }

    public String comingSchoolYear() {
        return schoolYears().get(0);
    }

    // ---------------------------------------------------------------- the family

    /** The level and the school of the map for a child of the household and a school year (null: the coming one). */
    public Proposal propose(long actorId, long householdId, long childId, String schoolYear) {
        Household household = access.household(actorId, householdId);
        Child child = access.child(actorId, householdId, childId);
        List<Violation> violations = new ArrayList<>();
        int start = startYear(schoolYear, violations);
        String level = start == 0 ? null : SchoolLevelRule.levelFor(child.getBirthDate(), start, violations);
        RuleViolationException.throwIfAny(violations);
        String cycle = SchoolLevelRule.cycleOf(level);
        return new Proposal(start + "-" + (start + 1), level, cycle,
                map.schoolFor(household.getAddressLine1(), cycle).orElse(null));
    }

    /**
     * A guardian asks (or planning staff at the counter, for the household); documents may be joined now or later.
     * A family's request outside the school year's dates set by the administrator is refused. Nothing is stored
     * when anything is refused.
     */
    @Transactional
    public SchoolEnrolment submit(long actorId, long householdId, Form form, Map<DocumentKind, byte[]> documents) {
        Household household = access.household(actorId, householdId);
        List<Violation> violations = new ArrayList<>();
        Child child = form.childId() != null && access.belongs(householdId, form.childId())
                ? em.find(Child.class, form.childId()) : null;
        if (child == null) {
            violations.add(Violation.of("childId", "enrolment.unknownChild"));
        }
        int start = startYear(form.schoolYear(), violations);
        String level = child == null || start == 0 ? null : SchoolLevelRule.levelFor(child.getBirthDate(), start, violations);
        Long proposed = level == null ? null
                : map.schoolFor(household.getAddressLine1(), SchoolLevelRule.cycleOf(level)).orElse(null);
        String reason = EnrolmentRules.text("derogationReason", form.derogationReason(), 1000, violations);
        Site wished = null;
        if (form.wishedSchoolId() != null) {
            wished = school(form.wishedSchoolId());
            if (wished == null) {
                violations.add(Violation.of("wishedSchoolId", "enrolment.unknownSchool"));
            } else if (wished.getId().equals(proposed)) {
                violations.add(Violation.of("wishedSchoolId", "enrolment.derogation.sameSchool"));
            }
            if (reason == null) {
                violations.add(Violation.of("derogationReason", "enrolment.derogation.reasonRequired"));
            }
        } else if (reason != null) {
            violations.add(Violation.of("wishedSchoolId", "enrolment.derogation.schoolRequired"));
        }
        Map<DocumentKind, String> types = checkDocuments(documents, violations);
        // the administrator's dates bind families; staff entering a request at the counter are not bound
        if (start != 0 && !access.isPlanningStaff(actorId)) {
            windows.checkOpen(start + "-" + (start + 1), LocalDate.now(clock.withZone(ClockProducer.PARIS)), violations);
        }
        RuleViolationException.throwIfAny(violations);
        String year = start + "-" + (start + 1);
        if (live(child.getId(), year).isPresent()) {
            throw RuleViolationException.of("childId", "enrolment.duplicate", child.getFirstName(), year);
        }
        SchoolEnrolment enrolment = new SchoolEnrolment(householdId, child.getId(), year, LocalDate.of(start, 9, 1), level,
                proposed, actorId, OffsetDateTime.now(clock));
        if (wished != null) {
            enrolment.askDerogation(wished.getId(), reason);
        }
        em.persist(enrolment);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // two guardians (or a double click) at the same moment: the unique index said no
            if (isUniqueViolation(e)) {
                throw RuleViolationException.of("childId", "enrolment.duplicate", child.getFirstName(), year);
            }
            throw e;
        }
        storeDocuments(enrolment.getId(), documents, types);
        history.record(householdId, "enrolment", enrolment.getId(), subject(enrolment, child), null, historyView(enrolment));
        mails.submitted(view(enrolment));
        return enrolment;
    }

    /** A guardian joins or replaces documents of an open request. */
    @Transactional
    public SchoolEnrolment addDocuments(long actorId, long householdId, long enrolmentId, Map<DocumentKind, byte[]> documents) {
        access.household(actorId, householdId);
        SchoolEnrolment enrolment = lockedOfHousehold(householdId, enrolmentId);
        List<Violation> violations = new ArrayList<>();
        if (!enrolment.isOpen()) {
            violations.add(Violation.of(null, "enrolment.notOpen"));
        }
        if (documents.isEmpty()) {
            violations.add(Violation.of("documents", "enrolment.documents.none"));
        }
        Map<DocumentKind, String> types = checkDocuments(documents, violations);
        RuleViolationException.throwIfAny(violations);
        storeDocuments(enrolmentId, documents, types);
        em.flush();
        history.record(householdId, "enrolment", enrolmentId, subject(enrolment, em.find(Child.class, enrolment.getChildId())),
                Map.of("documents", ""), Map.of("documents", String.join(", ", documents.keySet().stream().map(Enum::name).toList())));
        return enrolment;
    }

    /** The family sends an incomplete request back to the agents once the document asked for is joined. */
    @Transactional
    public SchoolEnrolment resubmit(long actorId, long householdId, long enrolmentId, String rawMessage) {
        Account actor = access.actor(actorId);
        access.household(actorId, householdId);
        SchoolEnrolment enrolment = lockedOfHousehold(householdId, enrolmentId);
        List<Violation> violations = new ArrayList<>();
        String message = EnrolmentRules.text("message", rawMessage, 2000, violations);
        if (enrolment.getState() != EnrolmentState.INCOMPLETE) {
            violations.add(Violation.of(null, "enrolment.resubmit.notIncomplete"));
        } else if (!givenSince(enrolmentId, enrolment.getMissingDocument(), enrolment.getDecidedAt())) {
            violations.add(Violation.of(EnrolmentRules.field(enrolment.getMissingDocument()), "enrolment.resubmit.documentMissing"));
        }
        RuleViolationException.throwIfAny(violations);
        Map<String, Object> before = historyView(enrolment);
        enrolment.resubmit();
        if (message != null) {
            em.persist(new EnrolmentMessage(enrolmentId, OffsetDateTime.now(clock), actorId, actor.fullName(), false, message));
        }
        em.flush();
        history.record(householdId, "enrolment", enrolmentId, subject(enrolment, em.find(Child.class, enrolment.getChildId())),
                before, historyView(enrolment));
        return enrolment;
    }

    /** The family withdraws a request no agent has decided yet. */
    @Transactional
    public SchoolEnrolment withdraw(long actorId, long householdId, long enrolmentId) {
        access.household(actorId, householdId);
        SchoolEnrolment enrolment = lockedOfHousehold(householdId, enrolmentId);
        if (!enrolment.isOpen()) {
            throw RuleViolationException.of(null, "enrolment.notOpen");
        }
        Map<String, Object> before = historyView(enrolment);
        enrolment.withdraw(actorId, OffsetDateTime.now(clock));
        em.flush();
        dropDocumentContents(enrolmentId);
        history.record(householdId, "enrolment", enrolmentId, subject(enrolment, em.find(Child.class, enrolment.getChildId())),
                before, historyView(enrolment));
        mails.changed(view(enrolment), null);
        return enrolment;
    }

    /** The household's requests, newest first. */
    public List<View> ofHousehold(long actorId, long householdId) {
        access.household(actorId, householdId);
        return views(em.createQuery("select e from SchoolEnrolment e where e.householdId = :h"
                + " order by e.submittedAt desc, e.id desc", SchoolEnrolment.class).setParameter("h", householdId).getResultList());
    }

    /** One request of the household; another household's answers as unknown (404). */
    public View get(long actorId, long householdId, long enrolmentId) {
        access.household(actorId, householdId);
        SchoolEnrolment enrolment = em.find(SchoolEnrolment.class, enrolmentId);
        if (enrolment == null || enrolment.getHouseholdId() != householdId) {
            throw new UnknownRecordException("school enrolment", enrolmentId);
        }
        return view(enrolment);
    }

    // ---------------------------------------------------------------- the agents

    /** The agents' queue, oldest first, a page at a time (page from 1). */
    public Page queue(long actorId, Filter filter, int page, int size) {
        access.requirePlanningStaff(actorId);
        Set<EnrolmentState> states = filter.states() == null || filter.states().isEmpty()
                ? EnumSet.of(EnrolmentState.SUBMITTED) : filter.states();
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNo = Math.max(1, page);
        String where = " from SchoolEnrolment e where e.state in :s"
                + (filter.levelCode() == null ? "" : " and e.levelCode = :l")
                + (filter.schoolYear() == null ? "" : " and e.schoolYear = :y")
                + (filter.schoolId() == null ? "" : " and coalesce(e.assignedSiteId, e.wishedSiteId, e.proposedSiteId) = :site");
        var count = em.createQuery("select count(e)" + where, Long.class).setParameter("s", states);
        var query = em.createQuery("select e" + where + " order by e.submittedAt, e.id", SchoolEnrolment.class)
                .setParameter("s", states);
        if (filter.levelCode() != null) {
            count.setParameter("l", filter.levelCode());
            query.setParameter("l", filter.levelCode());
        }
        if (filter.schoolYear() != null) {
            count.setParameter("y", filter.schoolYear());
            query.setParameter("y", filter.schoolYear());
        }
        if (filter.schoolId() != null) {
            count.setParameter("site", filter.schoolId());
            query.setParameter("site", filter.schoolId());
        }
        List<SchoolEnrolment> items = query.setFirstResult((pageNo - 1) * pageSize).setMaxResults(pageSize).getResultList();
        return new Page(views(items), count.getSingleResult(), pageNo, pageSize);
    }

    public View forStaff(long actorId, long enrolmentId) {
        access.requirePlanningStaff(actorId);
        SchoolEnrolment enrolment = em.find(SchoolEnrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new UnknownRecordException("school enrolment", enrolmentId);
        }
        return view(enrolment);
    }

    /** A document of a request for the agents; empty once decided (the content is deleted then). */
    public Optional<fr.marelle.family.control.FamilyQuotients.Proof> document(long actorId, long enrolmentId, DocumentKind kind) {
        forStaff(actorId, enrolmentId);
        List<?> rows = em.createNativeQuery("select content, media_type from school_enrolment_document"
                        + " where enrolment_id = ?1 and kind = ?2 and content is not null")
                .setParameter(1, enrolmentId).setParameter(2, kind.name()).getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r)
                .map(r -> new fr.marelle.family.control.FamilyQuotients.Proof((byte[]) r[0], (String) r[1]));
    }

    /**
     * An agent asks for a document (the request waits for the family), accepts with the assigned school (by default
     * the wished school of a dérogation, else the school of the map) or refuses with the reason. The guardians are
     * mailed; a refusal states its signatory and the appeal routes. An acceptance for a school year already begun
     * updates the child's school and level at once.
     */
    @Transactional
    public SchoolEnrolment decide(long actorId, long enrolmentId, Decision decision) {
        Account agent = access.requirePlanningStaff(actorId);
        SchoolEnrolment enrolment = em.find(SchoolEnrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        if (enrolment == null) {
            throw new UnknownRecordException("school enrolment", enrolmentId);
        }
        List<Violation> violations = new ArrayList<>();
        String message = EnrolmentRules.text("message", decision.message(), 2000, violations);
        Site school = null;
        if (decision.state() == null || !EnumSet.of(EnrolmentState.INCOMPLETE, EnrolmentState.ACCEPTED,
                EnrolmentState.REFUSED).contains(decision.state())) {
            violations.add(Violation.of("state", "enrolment.decision.unknown"));
        } else if (enrolment.getState() != EnrolmentState.SUBMITTED) {
            violations.add(Violation.of("state", enrolment.getState() == EnrolmentState.INCOMPLETE
                    ? "enrolment.decision.waitingForFamily" : "enrolment.decision.alreadyDecided"));
        } else {
            switch (decision.state()) {
                case INCOMPLETE -> {
                    if (decision.document() == null) {
                        violations.add(Violation.of("document", "enrolment.decision.documentRequired"));
                    }
                    if (message == null) {
                        violations.add(Violation.of("message", "enrolment.decision.messageRequired"));
                    }
                }
                case ACCEPTED -> {
                    Long siteId = decision.schoolId() != null ? decision.schoolId()
                            : enrolment.getWishedSiteId() != null ? enrolment.getWishedSiteId() : enrolment.getProposedSiteId();
                    school = siteId == null ? null : school(siteId);
                    if (school == null) {
                        violations.add(Violation.of("schoolId", siteId == null ? "enrolment.decision.schoolRequired"
                                : "enrolment.unknownSchool"));
                    }
                    Set<DocumentKind> missing = view(enrolment).missingDocuments();
                    if (!missing.isEmpty()) {
                        violations.add(Violation.of("state", "enrolment.decision.documentsMissing", missing.size()));
                    }
                }
                default -> {
                    if (message == null) {
                        violations.add(Violation.of("message", "enrolment.decision.reasonRequired"));
                    }
                }
            }
        }
        RuleViolationException.throwIfAny(violations);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Object> before = historyView(enrolment);
        switch (decision.state()) {
            case INCOMPLETE -> enrolment.askFor(decision.document(), actorId, now);
            case ACCEPTED -> enrolment.accept(school.getId(), actorId, now);
            default -> enrolment.refuse(message, legalMentions.signatory(), actorId, now);
        }
        if (message != null) {
            em.persist(new EnrolmentMessage(enrolmentId, now, actorId, agent.fullName(), true, message));
        }
        em.flush();
        if (!enrolment.isOpen()) {
            dropDocumentContents(enrolmentId);
        }
        Child child = em.find(Child.class, enrolment.getChildId());
        history.record(enrolment.getHouseholdId(), "enrolment", enrolmentId, subject(enrolment, child), before,
                historyView(enrolment));
        if (enrolment.isAccepted() && !enrolment.getYearStart().isAfter(LocalDate.now(clock))) {
            yearStart.apply(enrolment);
        }
        mails.changed(view(enrolment), message);
        return enrolment;
    }

    // ---------------------------------------------------------------- helpers

    /** The start year of the school year asked for (the coming one when none); 0 with a violation when not offered. */
    private int startYear(String schoolYear, List<Violation> violations) {
        List<String> offered = schoolYears();
        String year = schoolYear == null || schoolYear.isBlank() ? offered.get(0) : schoolYear.strip();
        if (!offered.contains(year)) {
            violations.add(Violation.of("schoolYear", "enrolment.schoolYear.notOffered", String.join(", ", offered)));
            return 0;
        }
        return Integer.parseInt(year.substring(0, 4));
    }

    private Site school(long siteId) {
        Site site = em.find(Site.class, siteId);
        return site != null && site.isActive() && site.getKind() == SiteKind.SCHOOL ? site : null;
    }

    private static Map<DocumentKind, String> checkDocuments(Map<DocumentKind, byte[]> documents, List<Violation> violations) {
        Map<DocumentKind, String> types = new EnumMap<>(DocumentKind.class);
        documents.forEach((kind, content) -> {
            String type = ProofFiles.check(EnrolmentRules.field(kind), content, violations);
            if (type != null) {
                types.put(kind, type);
            }
        });
        return types;
    }

    private void storeDocuments(long enrolmentId, Map<DocumentKind, byte[]> documents, Map<DocumentKind, String> types) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        documents.forEach((kind, content) -> em.createNativeQuery("insert into school_enrolment_document"
                        + " (enrolment_id, kind, content, media_type, size_bytes, added_at) values (?1, ?2, ?3, ?4, ?5, ?6)"
                        + " on conflict (enrolment_id, kind) do update set content = excluded.content,"
                        + " media_type = excluded.media_type, size_bytes = excluded.size_bytes, added_at = excluded.added_at")
                .setParameter(1, enrolmentId).setParameter(2, kind.name()).setParameter(3, content)
                .setParameter(4, types.get(kind)).setParameter(5, content.length).setParameter(6, now).executeUpdate());
    }

    private boolean givenSince(long enrolmentId, DocumentKind kind, OffsetDateTime askedAt) {
        return !em.createNativeQuery("select 1 from school_enrolment_document where enrolment_id = ?1 and kind = ?2"
                        + " and content is not null and added_at >= ?3")
                .setParameter(1, enrolmentId).setParameter(2, kind.name()).setParameter(3, askedAt).getResultList().isEmpty();
    }

    private void dropDocumentContents(long enrolmentId) {
        em.createNativeQuery("update school_enrolment_document set content = null where enrolment_id = ?1")
                .setParameter(1, enrolmentId).executeUpdate();
    }

    private Optional<SchoolEnrolment> live(long childId, String schoolYear) {
        return em.createQuery("select e from SchoolEnrolment e where e.childId = :c and e.schoolYear = :y and e.state in :s",
                        SchoolEnrolment.class).setParameter("c", childId).setParameter("y", schoolYear)
                .setParameter("s", EnumSet.of(EnrolmentState.SUBMITTED, EnrolmentState.INCOMPLETE, EnrolmentState.ACCEPTED))
                .setMaxResults(1).getResultStream().findFirst();
    }

    private SchoolEnrolment lockedOfHousehold(long householdId, long enrolmentId) {
        SchoolEnrolment enrolment = em.find(SchoolEnrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        if (enrolment == null || enrolment.getHouseholdId() != householdId) {
            throw new UnknownRecordException("school enrolment", enrolmentId);
        }
        return enrolment;
    }

    /** How the history names the request: the child and the school year. */
    static String subject(SchoolEnrolment e, Child child) {
        return (child == null ? "" : child.getFirstName() + " – ") + e.getSchoolYear();
    }

    /** The history's view: codes the wording translates, schools by name. */
    Map<String, Object> historyView(SchoolEnrolment e) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("schoolYear", e.getSchoolYear());
        view.put("level", e.getLevelCode());
        view.put("state", e.getState().name());
        view.put("proposedSchool", siteName(e.getProposedSiteId()));
        view.put("wishedSchool", siteName(e.getWishedSiteId()));
        view.put("derogationReason", e.getDerogationReason());
        view.put("assignedSchool", siteName(e.getAssignedSiteId()));
        view.put("missingDocument", e.getMissingDocument() == null ? null : e.getMissingDocument().name());
        view.put("refusalReason", e.getRefusalReason());
        return view;
    }

    private String siteName(Long id) {
        if (id == null) {
            return null;
        }
        Site site = em.find(Site.class, id);
        return site == null ? null : site.getName();
    }

    public View view(SchoolEnrolment e) {
        return new View(e, em.find(Child.class, e.getChildId()), em.find(Household.class, e.getHouseholdId()),
                siteName(e.getProposedSiteId()), siteName(e.getWishedSiteId()), siteName(e.getAssignedSiteId()),
                em.createQuery("select d from EnrolmentDocument d where d.enrolmentId = :e order by d.kind", EnrolmentDocument.class)
                        .setParameter("e", e.getId()).getResultList(),
                em.createQuery("select m from EnrolmentMessage m where m.enrolmentId = :e order by m.at, m.id", EnrolmentMessage.class)
                        .setParameter("e", e.getId()).getResultList());
    }

    private List<View> views(List<SchoolEnrolment> enrolments) {
        return enrolments.stream().map(this::view).toList();
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
