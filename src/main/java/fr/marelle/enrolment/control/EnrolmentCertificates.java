package fr.marelle.enrolment.control;

import fr.marelle.family.entity.Household;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.planning.control.Sites;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.DisplayFormats;
import fr.marelle.platform.control.Letterhead;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PdfDocument;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.ThemeLogos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The enrolment certificate the family hands to the school's head: the town certifies that the child is enrolled
 * for the school year, in the level, at the assigned school. A tagged PDF/UA and PDF/A document, for an accepted
 * request of the household only.
 */
@ApplicationScoped
public class EnrolmentCertificates {

    /** What the certificate states. */
    public record Facts(String reference, String childName, LocalDate birthDate, List<String> address, String schoolYear,
                        String level, String school, String schoolAddress, LocalDate decidedOn, String signatory) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SchoolEnrolments enrolments;

    @Inject
    Sites sites;

    @Inject
    ThemeLogos logos;

    @Inject
    LegalMentions legalMentions;

    public byte[] of(long actorId, long householdId, long enrolmentId, Locale locale) {
        SchoolEnrolments.View view = enrolments.get(actorId, householdId, enrolmentId);
        var e = view.enrolment();
        if (!e.isAccepted()) {
            throw RuleViolationException.of(null, "enrolment.certificate.notAccepted");
        }
        Household h = view.household();
        List<String> address = new ArrayList<>();
        address.add(h.getAddressLine1());
        if (h.getAddressLine2() != null && !h.getAddressLine2().isBlank()) {
            address.add(h.getAddressLine2());
        }
        address.add((h.getPostcode() == null ? "" : h.getPostcode() + " ") + (h.getCity() == null ? "" : h.getCity()));
        Site school = em.find(Site.class, e.getAssignedSiteId());
        return document(new Facts(view.reference().toString(), view.child().fullName(), view.child().getBirthDate(), address,
                e.getSchoolYear(), sites.level(e.getLevelCode()).map(l -> l.label(locale)).orElse(e.getLevelCode()),
                school.getName(), school.getAddress(), e.getDecidedAt().atZoneSameInstant(ClockProducer.PARIS).toLocalDate(),
                legalMentions.signatory()), logos.letterhead(), legalMentions.supportLine(locale), locale);
    }

    /** The file name: certificat-inscription-S-2026-000012.pdf. */
    public static String fileName(SchoolEnrolments.View view) {
        return "certificat-inscription-" + view.reference() + ".pdf";
    }

    /** The document itself (unit-tested without a database). */
    public static byte[] document(Facts facts, Letterhead head, Optional<String> supportLine, Locale locale) {
        PdfDocument document = PdfDocument.portrait(Messages.text(locale, "enrolmentPdf.title"), locale).letterhead(head).title()
                .paragraph(Messages.text(locale, "enrolmentPdf.reference", facts.reference()))
                .paragraph(Messages.text(locale, "enrolmentPdf.certifies", head.town()))
                .block(facts.address().isEmpty() ? List.of(facts.childName())
                        : concat(facts.childName(), Messages.text(locale, "enrolmentPdf.born",
                        DisplayFormats.longDate(facts.birthDate(), locale)), facts.address()))
                .paragraph(Messages.text(locale, "enrolmentPdf.enrolled", facts.schoolYear(), facts.level()))
                .block(facts.schoolAddress() == null ? List.of(facts.school()) : List.of(facts.school(), facts.schoolAddress()))
                .paragraph(Messages.text(locale, "enrolmentPdf.toSchool"))
                .paragraph(Messages.text(locale, "enrolmentPdf.decidedOn", head.town(),
                        DisplayFormats.longDate(facts.decidedOn(), locale)));
        if (facts.signatory() != null) {
            document.strong(facts.signatory());
        }
        supportLine.ifPresent(document::paragraph);
        return document.pdf();
    }

    private static List<String> concat(String first, String second, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first, second));
        all.addAll(rest);
        return all;
    }
}
