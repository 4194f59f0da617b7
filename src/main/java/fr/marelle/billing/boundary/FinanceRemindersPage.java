package fr.marelle.billing.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.Reminders;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Finance staff send the reminders due today without waiting for the job, and see what was sent. */
@Named
@RequestScoped
public class FinanceRemindersPage {

    @Inject
    Acting acting;

    @Inject
    Reminders reminders;

    @Inject
    LanguageSwitch language;

    /** What this request sent; null before the button was pressed. */
    private List<Reminders.Sent> sent;

    public String send() {
        sent = reminders.sendDueNow(acting.require().getId());
        Feedback.info("reminders.sent", sent.size());
        return null;
    }

    public List<Reminders.Sent> getSent() {
        return sent;
    }

    public String money(long cents) {
        return Prices.money((int) cents, language.getLocale());
    }
}
