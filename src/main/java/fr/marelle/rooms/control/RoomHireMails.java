package fr.marelle.rooms.control;

import fr.marelle.family.control.Households;
import fr.marelle.identity.entity.Account;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.legal.control.SubmissionReference;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.DisplayFormats;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.rooms.entity.DepositStatus;
import fr.marelle.rooms.entity.HireStatus;
import fr.marelle.rooms.entity.Room;
import fr.marelle.rooms.entity.RoomHire;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The mails of a hire, to every member (guardian) of the household, each in their language: the request
 * received, acknowledged with its reference (CRPA L.112-11: day and time received, answer time, what silence
 * means), and each later decision, with the agent's words and, for a refusal, who decided and the appeal routes.
 */
@ApplicationScoped
public class RoomHireMails {

    @Inject
    Outbox outbox;

    @Inject
    Households households;

    @Inject
    PortalLinks links;

    @Inject
    LegalMentions legalMentions;

    void submitted(RoomHire hire, Room room) {
        send(hire, room, null, "room-hire-submitted");
    }

    void changed(RoomHire hire, Room room, String message) {
        send(hire, room, message, "room-hire-changed");
    }

    private void send(RoomHire hire, Room room, String message, String template) {
        SubmissionReference reference = RoomHires.reference(hire);
        for (Account member : households.guardians(hire.getHouseholdId())) {
            Locale locale = Messages.forLanguage(member.getLanguage());
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("reference", reference.toString());
            values.put("acknowledgement", legalMentions.acknowledgement(locale, reference, hire.getCreatedAt()));
            values.put("firstName", member.getFirstName());
            values.put("room", room.getName());
            values.put("slot", DisplayFormats.longDateTime(hire.getStartsAt(), locale) + " – "
                    + DisplayFormats.time(hire.getEndsAt(), locale));
            values.put("state", Messages.text(locale, "roomHire.status." + hire.getStatus().name()));
            values.put("price", Messages.text(locale, "roomHire.mail.price",
                    DisplayFormats.money(hire.totalCents(), locale), DisplayFormats.money(hire.getDepositCents(), locale)));
            values.put("deposit", hire.getDepositStatus() == DepositStatus.NONE ? ""
                    : Messages.text(locale, "roomHire.deposit." + hire.getDepositStatus().name()) + "\n");
            values.put("message", message == null ? "" : Messages.text(locale, "roomHire.mail.message", message) + "\n");
            values.put("appeal", hire.getStatus() == HireStatus.REFUSED
                    ? "\n" + legalMentions.decisionBlock(locale, hire.getDecisionSignatory()) + "\n" : "");
            values.put("link", links.to("/parent/rooms.xhtml?room=" + hire.getRoomId()));
            outbox.queue(member.getEmail(), member.getLanguage(), template, values);
        }
    }
}
