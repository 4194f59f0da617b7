package fr.marelle.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/** The SMTP server from configuration (MARELLE_SMTP_HOST, _PORT, _USER, _PASSWORD, _STARTTLS, MARELLE_MAIL_FROM). */
@ApplicationScoped
public class SmtpSettings {

    @Inject
    @ConfigProperty(name = "marelle.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "marelle.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "marelle.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "marelle.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "marelle.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "marelle.mail.from", defaultValue = "Marelle <no-reply@example.org>")
    String from;

    private volatile Session session;

    public Session session() {
        if (session == null) {
            Properties props = new Properties();
            props.put("mail.transport.protocol", "smtp");
            props.put("mail.smtp.host", host);
            props.put("mail.smtp.port", String.valueOf(port));
            props.put("mail.smtp.connectiontimeout", "5000");
            props.put("mail.smtp.timeout", "10000");
            props.put("mail.smtp.writetimeout", "10000");
            props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
            props.put("mail.smtp.starttls.required", String.valueOf(startTls));
            Authenticator authenticator = null;
            if (user.isPresent()) {
                props.put("mail.smtp.auth", "true");
                authenticator = new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user.get(), password.orElse(""));
                    }
                };
            }
            session = Session.getInstance(props, authenticator);
        }
        return session;
    }

    public String from() {
        return from;
    }
}
