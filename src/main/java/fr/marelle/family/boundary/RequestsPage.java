package fr.marelle.family.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.family.control.Children;
import fr.marelle.family.control.HouseholdRequestRules.RequestForm;
import fr.marelle.family.control.HouseholdRequests;
import fr.marelle.family.control.Households;
import fr.marelle.family.control.ProofFiles;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.HouseholdRequest;
import fr.marelle.family.entity.RequestMessage;
import fr.marelle.family.entity.RequestType;
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

/**
 * The parent's requests that an agent validates: a person not allowed to pick a child up (with an
 * optional proof), a custody link; their state and the messages with the agents. The two forms'
 * inputs carry a prefix (na-, cu-) so that each refusal lands on its own field.
 */
@Named
@RequestScoped
public class RequestsPage {

    @Inject
    Acting acting;

    @Inject
    Households households;

    @Inject
    Children children;

    @Inject
    HouseholdRequests requests;

    private Long naChildId;
    private String naFirstName;
    private String naLastName;
    private String naRelation;
    private String naNote;
    private Part naProof;

    private Long cuChildId;
    private String cuChildFirstName;
    private String cuChildLastName;
    private String cuChildBirthDate;
    private String cuOtherParentName;
    private String cuOtherParentEmail;
    private String cuNote;

    private String reply;

    private long me() {
        return acting.require().getId();
    }

    private Long household() {
        return households.mine(me()).map(h -> h.getId()).orElse(null);
    }

    public String init() {
        if (household() == null) {
            Feedback.infoAfterRedirect("household.createFirst");
            return "/parent/household.xhtml?faces-redirect=true";
        }
        return null;
    }

    public String submitNotAllowed() {
        try {
            byte[] proof = null;
            if (naProof != null && naProof.getSize() > 0) {
                try (InputStream in = naProof.getInputStream()) {
                    proof = in.readNBytes(ProofFiles.MAX_BYTES + 1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            requests.submit(me(), household(), new RequestForm(RequestType.NOT_ALLOWED_PERSON, naChildId, naFirstName,
                    naLastName, naRelation, null, null, null, null, null, naNote), proof);
            Feedback.infoAfterRedirect("request.submitted");
            return "/parent/requests.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(prefixed("na-", e));
            return null;
        }
    }

    public String submitCustody() {
        try {
            List<Violation> violations = new ArrayList<>();
            var birthDate = PageSupport.date("childBirthDate", cuChildBirthDate, violations);
            RuleViolationException.throwIfAny(violations);
            requests.submit(me(), household(), new RequestForm(RequestType.CUSTODY_LINK, cuChildId, null, null, null,
                    cuOtherParentName, cuOtherParentEmail, cuChildFirstName, cuChildLastName, birthDate, cuNote), null);
            Feedback.infoAfterRedirect("request.submitted");
            return "/parent/requests.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(prefixed("cu-", e));
            return null;
        }
    }

    public String answer(long requestId) {
        try {
            HouseholdRequest request = requests.ofHousehold(me(), household(), requestId);
            requests.post(me(), request, reply);
            Feedback.infoAfterRedirect("request.messageSent");
            return "/parent/requests.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(prefixed("reply-" + requestId + "-", e));
            return null;
        }
    }

    /** The violations with the form's prefix on their field (the message thread's text field is "body"). */
    static RuleViolationException prefixed(String prefix, RuleViolationException e) {
        return new RuleViolationException(e.violations().stream()
                .map(v -> v.field() == null ? v : new Violation(prefix + v.field(), v.key(), v.args()))
                .toList());
    }

    public List<HouseholdRequest> getAll() {
        Long h = household();
        return h == null ? List.of() : requests.of(me(), h);
    }

    public List<RequestMessage> messages(HouseholdRequest r) {
        return requests.messages(r.getId());
    }

    /** The reference given in the acknowledgement mail, e.g. D-2026-000042. */
    public String reference(HouseholdRequest r) {
        return HouseholdRequests.reference(r).toString();
    }

    public String childName(HouseholdRequest r) {
        return requests.childName(r);
    }

    public List<Child> getChildren() {
        Long h = household();
        return h == null ? List.of() : children.of(me(), h);
    }

    public Long getNaChildId() { return naChildId; }
    public void setNaChildId(Long v) { this.naChildId = v; }
    public String getNaFirstName() { return naFirstName; }
    public void setNaFirstName(String v) { this.naFirstName = v; }
    public String getNaLastName() { return naLastName; }
    public void setNaLastName(String v) { this.naLastName = v; }
    public String getNaRelation() { return naRelation; }
    public void setNaRelation(String v) { this.naRelation = v; }
    public String getNaNote() { return naNote; }
    public void setNaNote(String v) { this.naNote = v; }
    public Part getNaProof() { return naProof; }
    public void setNaProof(Part v) { this.naProof = v; }
    public Long getCuChildId() { return cuChildId; }
    public void setCuChildId(Long v) { this.cuChildId = v; }
    public String getCuChildFirstName() { return cuChildFirstName; }
    public void setCuChildFirstName(String v) { this.cuChildFirstName = v; }
    public String getCuChildLastName() { return cuChildLastName; }
    public void setCuChildLastName(String v) { this.cuChildLastName = v; }
    public String getCuChildBirthDate() { return cuChildBirthDate; }
    public void setCuChildBirthDate(String v) { this.cuChildBirthDate = v; }
    public String getCuOtherParentName() { return cuOtherParentName; }
    public void setCuOtherParentName(String v) { this.cuOtherParentName = v; }
    public String getCuOtherParentEmail() { return cuOtherParentEmail; }
    public void setCuOtherParentEmail(String v) { this.cuOtherParentEmail = v; }
    public String getCuNote() { return cuNote; }
    public void setCuNote(String v) { this.cuNote = v; }
    public String getReply() { return reply; }
    public void setReply(String v) { this.reply = v; }
}
