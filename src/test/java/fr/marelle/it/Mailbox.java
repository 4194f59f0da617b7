package fr.marelle.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/** The mails the portal sent to GreenMail, by recipient, waited for without sleeping. */
public final class Mailbox {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private Mailbox() {
    }

    /** One received mail, decoded. */
    public record Mail(String to, String subject, String body, String language) {

        /** The first link of the body that starts with the given prefix. */
        public String link(String prefix) {
            Matcher m = Pattern.compile(Pattern.quote(prefix) + "\\S+").matcher(body);
            if (!m.find()) {
                fail("no link starting with " + prefix + " in the mail '" + subject + "':\n" + body);
            }
            return m.group();
        }
    }

    /** Waits until {@code count} mails were received for the recipient and returns them all, oldest first. */
    public static List<Mail> await(String recipient, int count) {
        GreenMail greenMail = ItEnvironment.mail();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            MimeMessage[] all = greenMail.getReceivedMessages();
            List<Mail> mine = to(recipient, all);
            if (mine.size() >= count) {
                return mine;
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                fail("expected " + count + " mail(s) to " + recipient + " within " + WAIT.toSeconds() + " s, got "
                        + mine.size() + ": " + mine);
            }
            // blocks until one more mail arrives (for anybody) or the time is up
            greenMail.waitForIncomingEmail(left, all.length + 1);
        }
    }

    /** Waits until a mail to the recipient matches and returns the first that does. */
    public static Mail awaitMatching(String recipient, java.util.function.Predicate<Mail> wanted) {
        GreenMail greenMail = ItEnvironment.mail();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            MimeMessage[] all = greenMail.getReceivedMessages();
            List<Mail> mine = to(recipient, all);
            var found = mine.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                fail("no matching mail to " + recipient + " within " + WAIT.toSeconds() + " s, got: " + mine);
            }
            greenMail.waitForIncomingEmail(left, all.length + 1);
        }
    }

    /** The mails received so far for the recipient, oldest first. */
    public static List<Mail> received(String recipient) {
        return to(recipient, ItEnvironment.mail().getReceivedMessages());
    }

    private static List<Mail> to(String recipient, MimeMessage[] messages) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : messages) {
            try {
                Address[] to = message.getRecipients(Message.RecipientType.TO);
                if (to != null && to.length == 1 && to[0].toString().equalsIgnoreCase(recipient)) {
                    mails.add(new Mail(to[0].toString(), message.getSubject(), String.valueOf(message.getContent()),
                            message.getHeader("Content-Language", null)));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("unreadable mail", e);
            }
        }
        return mails;
    }
}
