package fr.marelle.family.boundary;

import fr.marelle.family.control.GuardianInvitations;
import fr.marelle.family.control.HouseholdRequestRules;
import fr.marelle.family.entity.HouseholdRequest;
import fr.marelle.family.entity.RequestMessage;
import fr.marelle.family.entity.RequestState;
import fr.marelle.family.entity.RequestType;
import fr.marelle.identity.entity.Account;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON bodies of the guardians and of the requests an agent validates. */
public final class GuardianJson {

    private GuardianJson() {
    }

    /** POST /household/guardians/invitations. */
    public static class InvitationIn {
        @Schema(required = true)
        public String firstName;
        @Schema(required = true)
        public String lastName;
        @Schema(required = true, description = "The invitee's e-mail: their login")
        public String email;
    }

    public record InvitationOut(long id, String firstName, String lastName, String email, OffsetDateTime createdAt,
                                OffsetDateTime expiresAt, String state) {
        static InvitationOut of(GuardianInvitations.Pending p) {
            return new InvitationOut(p.invitation().getId(), p.invitee().getFirstName(), p.invitee().getLastName(),
                    p.invitee().getEmail(), p.invitation().getCreatedAt(), p.invitation().getExpiresAt(),
                    p.invitation().getState().name());
        }
    }

    public record GuardiansOut(List<FamilyJson.GuardianOut> guardians, Long billingAccountId,
                               List<InvitationOut> pendingInvitations) {
    }

    public record OfferOut(long id, String householdName, String invitedBy, OffsetDateTime expiresAt) {
        static OfferOut of(GuardianInvitations.Offer o) {
            return new OfferOut(o.invitation().getId(), o.householdName(), o.inviterName(), o.invitation().getExpiresAt());
        }
    }

    public record DepartureOut(@Schema(description = "The guardian who receives the invoices from now on, when it was the leaver")
                               FamilyJson.GuardianOut newBillingContact) {
        static DepartureOut of(Account newBilling) {
            return new DepartureOut(newBilling == null ? null
                    : new FamilyJson.GuardianOut(newBilling.getId(), newBilling.getFirstName(), newBilling.getLastName(),
                    newBilling.getEmail()));
        }
    }

    /** POST /household/requests (JSON, or the same names as multipart parts with a proof part). */
    public static class RequestIn {
        @Schema(required = true)
        public RequestType type;
        @Schema(description = "NOT_ALLOWED_PERSON: the child (of the household). CUSTODY_LINK: a child of the household"
                + " to link to the other parent's household")
        public Long childId;
        @Schema(description = "NOT_ALLOWED_PERSON: the person who must not pick the child up")
        public String firstName;
        public String lastName;
        public String relation;
        @Schema(description = "CUSTODY_LINK: the other parent")
        public String otherParentName;
        @Schema(description = "CUSTODY_LINK: the other parent's e-mail, if known")
        public String otherParentEmail;
        @Schema(description = "CUSTODY_LINK without childId: the child of another household to link to this one")
        public String childFirstName;
        public String childLastName;
        public LocalDate childBirthDate;
        @Schema(description = "Anything the agent should know (e.g. the court decision's date)")
        public String note;

        HouseholdRequestRules.RequestForm form() {
            return new HouseholdRequestRules.RequestForm(type, childId, firstName, lastName, relation, otherParentName,
                    otherParentEmail, childFirstName, childLastName, childBirthDate, note);
        }
    }

    public static class MessageIn {
        @Schema(required = true, description = "At most 2,000 characters")
        public String body;
    }

    public static class DecisionIn {
        @Schema(required = true, description = "ACCEPTED or REFUSED")
        public RequestState decision;
        @Schema(description = "Message to the family (required to refuse)")
        public String message;
        @Schema(description = "CUSTODY_LINK of a child of the household: the other parent's household, when the"
                + " e-mail given by the family does not find it")
        public Long householdId;
        @Schema(description = "CUSTODY_LINK of a child of another household: the child, when the names given by the"
                + " family do not find exactly one")
        public Long childId;
    }

    public record MessageOut(OffsetDateTime at, String author, boolean fromStaff, String body) {
        static MessageOut of(RequestMessage m) {
            return new MessageOut(m.getAt(), m.getAuthorName(), m.isFromStaff(), m.getBody());
        }
    }

    public record RequestOut(long id, long householdId, String type, String state, Long childId, String childName,
                             String firstName, String lastName, String relation, String otherParentName,
                             String otherParentEmail, String childFirstName, String childLastName,
                             LocalDate childBirthDate, String note, boolean proofKept, OffsetDateTime submittedAt,
                             OffsetDateTime decidedAt, String decisionMessage, List<MessageOut> messages) {
        static RequestOut of(HouseholdRequest r, String childName, List<RequestMessage> messages) {
            return new RequestOut(r.getId(), r.getHouseholdId(), r.getType().name(), r.getState().name(), r.getChildId(),
                    childName, r.getPersonFirstName(), r.getPersonLastName(), r.getRelation(), r.getOtherParentName(),
                    r.getOtherParentEmail(), r.getChildFirstName(), r.getChildLastName(), r.getChildBirthDate(),
                    r.getNote(), r.hasProof(), r.getSubmittedAt(), r.getDecidedAt(), r.getDecisionMessage(),
                    messages.stream().map(MessageOut::of).toList());
        }
    }
}
