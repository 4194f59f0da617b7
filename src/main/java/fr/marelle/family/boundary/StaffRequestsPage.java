package fr.marelle.family.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.family.control.HouseholdRequests;
import fr.marelle.family.entity.HouseholdRequest;
import fr.marelle.family.entity.RequestMessage;
import fr.marelle.family.entity.RequestState;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Agents: the families' requests in the validation queue next to the quotients; a message to the
 * family, accept (for a custody link, the household or child when the family's data did not find it)
 * or refuse. Each request's inputs carry its id so that refusals land on their own field.
 */
@Named
@RequestScoped
public class StaffRequestsPage {

    @Inject
    Acting acting;

    @Inject
    HouseholdRequests requests;

    private String text;
    private Long householdId;
    private Long childId;

    public List<HouseholdRequests.Pending> getPending() {
        return requests.pending(acting.require().getId());
    }

    public List<RequestMessage> messages(HouseholdRequest r) {
        return requests.messages(r.getId());
    }

    public String send(long requestId) {
        try {
            requests.post(acting.require().getId(), requests.get(acting.require().getId(), requestId), text);
            Feedback.infoAfterRedirect("request.messageSent");
            return "/staff/quotients.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(RequestsPage.prefixed("rq-" + requestId + "-", rename(e)));
            return null;
        }
    }

    public String accept(long requestId) {
        return decide(requestId, RequestState.ACCEPTED, "request.accepted");
    }

    public String refuse(long requestId) {
        return decide(requestId, RequestState.REFUSED, "request.refused");
    }

    private String decide(long requestId, RequestState state, String done) {
        try {
            requests.decide(acting.require().getId(), requestId, new HouseholdRequests.Decision(state, text, householdId, childId));
            Feedback.infoAfterRedirect(done);
            return "/staff/quotients.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(RequestsPage.prefixed("rq-" + requestId + "-", rename(e)));
            return null;
        }
    }

    /** One text field serves the message and the decision's message. */
    private static RuleViolationException rename(RuleViolationException e) {
        return new RuleViolationException(e.violations().stream()
                .map(v -> "body".equals(v.field()) ? new fr.marelle.platform.control.Violation("message", v.key(), v.args()) : v)
                .toList());
    }

    public String getText() { return text; }
    public void setText(String v) { this.text = v; }
    public Long getHouseholdId() { return householdId; }
    public void setHouseholdId(Long v) { this.householdId = v; }
    public Long getChildId() { return childId; }
    public void setChildId(Long v) { this.childId = v; }
}
