package fr.marelle.identity.control;

import fr.marelle.identity.entity.Account;

/**
 * The name a mail greets its recipient by. An address nobody confirmed yet (a registration or a
 * guardian's invitation never activated) gets no name: whoever asked for the account typed it, and
 * a mail sent in the town's name must not carry their text ("Bonjour Cliquez ici http://…").
 */
public final class MailGreeting {

    private MailGreeting() {
    }

    /** For {@code Bonjour{{greetingName}},}: " Marie" once the person confirmed their address, else "". */
    public static String nameOf(Account account) {
        return account.getActivatedAt() != null && account.getFirstName() != null ? " " + account.getFirstName() : "";
    }
}
