package fr.marelle.identity.control;

import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.identity.entity.Role;
import fr.marelle.notification.control.MailTemplates;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mails to an address nobody confirmed carry no name typed by whoever asked for them. */
class MailGreetingTest {

    private static final String TYPED = "Cliquez ici http://evil.example/login";
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-17T14:00:00+01:00");

    private static Account account(AccountStatus status) {
        return new Account("someone@example.net", TYPED, "Doe", status, Set.of(Role.PARENT), NOW);
    }

    @Test
    void anUnconfirmedAddressIsGreetedWithoutName() {
        assertEquals("", MailGreeting.nameOf(account(AccountStatus.PENDING_ACTIVATION)));
        assertEquals("", MailGreeting.nameOf(account(AccountStatus.INVITED)));
        Account confirmed = account(AccountStatus.PENDING_ACTIVATION);
        confirmed.activate(NOW);
        assertEquals(" " + TYPED, MailGreeting.nameOf(confirmed));
    }

    @Test
    void theMailsAnUnconfirmedAddressCanReceiveRenderWithoutTheTypedName() {
        Map<String, Object> values = Map.ofEntries(
                Map.entry("greetingName", MailGreeting.nameOf(account(AccountStatus.INVITED))),
                Map.entry("firstName", TYPED), Map.entry("inviter", TYPED), Map.entry("household", TYPED),
                Map.entry("link", "http://portal/x"), Map.entry("loginLink", "http://portal/l"),
                Map.entry("resetLink", "http://portal/r"), Map.entry("hours", 48), Map.entry("days", 7),
                Map.entry("minutes", 60), Map.entry("until", "15:00"), Map.entry("townName", "Ville de Marelle"));
        for (String template : new String[]{"activation", "guardian-invitation", "guardian-invitation-existing",
                "password-reset", "account-exists", "account-locked"}) {
            for (String language : new String[]{"fr", "en"}) {
                MailTemplates.Rendered mail = MailTemplates.render(template, language, values);
                assertFalse(mail.subject().contains("evil") || mail.body().contains("evil"),
                        template + "_" + language + ": " + mail.subject() + "\n" + mail.body());
                assertTrue(mail.body().startsWith("fr".equals(language) ? "Bonjour," : "Hello,"), mail.body());
            }
        }
    }
}
