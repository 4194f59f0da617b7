package fr.marelle.directdebit.boundary;

import fr.marelle.directdebit.control.MandateRules;
import fr.marelle.directdebit.control.SepaMandates;
import fr.marelle.directdebit.entity.MandateStatus;
import fr.marelle.directdebit.entity.SepaMandate;
import fr.marelle.family.control.ProofFiles;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Finance staff's list of SEPA mandates (full IBAN): record a signed mandate and activate it, revoke one. */
@Named
@RequestScoped
public class FinanceMandatesPage {

    private static final String SELF = "/finance/sepa-mandates.xhtml?faces-redirect=true";

    @Inject
    Acting acting;

    @Inject
    SepaMandates mandates;

    @PersistenceContext
    EntityManager em;

    private List<SepaMandate> all;
    private Long mandateId;
    private String signedOn;
    private Part signedCopy;
    private Long revokedId;

    public List<SepaMandate> getAll() {
        if (all == null) {
            all = mandates.all(null);
        }
        return all;
    }

    /** Mandates waiting for their signature, or suspended: those that can be activated. */
    public List<SepaMandate> getActivable() {
        return getAll().stream().filter(m -> m.getStatus() == MandateStatus.REQUESTED || m.getStatus() == MandateStatus.SUSPENDED).toList();
    }

    public List<SepaMandate> getLive() {
        return getAll().stream().filter(m -> m.getStatus().isLive()).toList();
    }

    public String household(SepaMandate m) {
        Household h = em.find(Household.class, m.getHouseholdId());
        return h == null ? "" : h.getName();
    }

    public String grouped(String iban) {
        return MandateRules.grouped(iban);
    }

    public String label(SepaMandate m) {
        return m.getRum() + " — " + household(m);
    }

    public String activate() {
        try {
            List<Violation> v = new ArrayList<>();
            if (mandateId == null) {
                v.add(Violation.of("mandateId", "directDebit.pickMandate"));
            }
            LocalDate day = null;
            if (signedOn != null && !signedOn.isBlank()) {
                try {
                    day = LocalDate.parse(signedOn.strip());
                } catch (DateTimeParseException e) {
                    v.add(Violation.of("signedOn", "date.invalid"));
                }
            }
            byte[] copy = null;
            if (signedCopy != null && signedCopy.getSize() > 0) {
                try (InputStream in = signedCopy.getInputStream()) {
                    copy = in.readNBytes(ProofFiles.MAX_BYTES + 1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            RuleViolationException.throwIfAny(v);
            SepaMandate m = mandates.activate(acting.require().getId(), mandateId, day, copy);
            Feedback.infoAfterRedirect("directDebit.activated", m.getRum());
            return SELF;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String revoke() {
        try {
            if (revokedId == null) {
                throw RuleViolationException.of("revokedId", "directDebit.pickMandate");
            }
            SepaMandate m = mandates.revoke(acting.require().getId(), revokedId);
            Feedback.infoAfterRedirect("directDebit.revokedBy", m.getRum());
            return SELF;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public Long getMandateId() { return mandateId; }
    public void setMandateId(Long mandateId) { this.mandateId = mandateId; }
    public String getSignedOn() { return signedOn; }
    public void setSignedOn(String signedOn) { this.signedOn = signedOn; }
    public Part getSignedCopy() { return signedCopy; }
    public void setSignedCopy(Part signedCopy) { this.signedCopy = signedCopy; }
    public Long getRevokedId() { return revokedId; }
    public void setRevokedId(Long revokedId) { this.revokedId = revokedId; }
}
