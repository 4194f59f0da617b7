package fr.marelle.family.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.family.control.FamilyQuotients;
import fr.marelle.family.control.HouseholdRules.QuotientForm;
import fr.marelle.family.control.Households;
import fr.marelle.family.entity.FamilyQuotient;
import fr.marelle.family.entity.HouseholdChange;
import fr.marelle.family.control.HouseholdHistory;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The parent declares the family quotient with its proof and follows its state; and the household's history. */
@Named
@RequestScoped
public class QuotientPage {

    @Inject
    Acting acting;

    @Inject
    Households households;

    @Inject
    FamilyQuotients quotients;

    @Inject
    HouseholdHistory history;

    private String amount;
    private String validFrom;
    private String validTo;
    private Part proof;

    private Long household() {
        return households.mine(acting.require().getId()).map(h -> h.getId()).orElse(null);
    }

    public String init() {
        if (household() == null) {
            Feedback.infoAfterRedirect("household.createFirst");
            return "/parent/household.xhtml?faces-redirect=true";
        }
        return null;
    }

    public String submit() {
        try {
            List<Violation> violations = new ArrayList<>();
            Integer value = null;
            if (amount != null && !amount.isBlank()) {
                try {
                    value = Integer.valueOf(amount.strip());
                } catch (NumberFormatException e) {
                    violations.add(Violation.of("amount", "quotient.amount.invalid"));
                }
            }
            var from = PageSupport.date("validFrom", validFrom, violations);
            var to = PageSupport.date("validTo", validTo, violations);
            byte[] content = null;
            if (proof != null) {
                try (InputStream in = proof.getInputStream()) {
                    content = in.readNBytes(fr.marelle.family.control.ProofFiles.MAX_BYTES + 1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (!violations.isEmpty()) {
                throw new RuleViolationException(violations);
            }
            quotients.submit(acting.require().getId(), household(), new QuotientForm(value, from, to), content);
            Feedback.infoAfterRedirect("quotient.submitted");
            return "/parent/quotient.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public FamilyQuotient getValid() {
        Long h = household();
        return h == null ? null : quotients.validToday(h).orElse(null);
    }

    public List<FamilyQuotient> getAll() {
        Long h = household();
        return h == null ? List.of() : quotients.of(acting.require().getId(), h);
    }

    public List<HouseholdChange> getHistory() {
        Long h = household();
        return h == null ? List.of() : history.of(h, 500);
    }

    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
    public String getValidTo() { return validTo; }
    public void setValidTo(String validTo) { this.validTo = validTo; }
    public Part getProof() { return proof; }
    public void setProof(Part proof) { this.proof = proof; }

    /** The reference given in the acknowledgement mail, e.g. Q-2026-000042. */
    public String reference(FamilyQuotient q) {
        return FamilyQuotients.reference(q).toString();
    }
}
