package fr.marelle.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A mail written in the same transaction as the change it reports, sent later by the sender job. */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @SequenceGenerator(name = "outbox_mail_ids", sequenceName = "outbox_mail_id_seq", allocationSize = 50) // see V23_8
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_ids")
    private Long id;
    private String recipient;
    private String language;
    private String template;
    private String subject;
    private String body;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;
    private int attempts;
    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "sent_at")
    private OffsetDateTime sentAt;
    @Column(name = "forget_when_sent")
    private boolean forgetWhenSent;
    @Column(name = "sending_since")
    private OffsetDateTime sendingSince;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String language, String template, String subject, String body,
                      OffsetDateTime now) {
        this.recipient = recipient;
        this.language = language;
        this.template = template;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Taken by one sender, committed before the SMTP server is called (wall-clock time: a technical lease). */
    public void claim(OffsetDateTime wallClockNow) {
        sendingSince = wallClockNow;
    }

    public void markSent(OffsetDateTime now) {
        sendingSince = null;
        status = Status.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
        forgetIfAsked();
    }

    /** For a mail to an address the portal must not keep (an erased account): it keeps only that it was sent. */
    public void forgetWhenSent() {
        forgetWhenSent = true;
    }

    private void forgetIfAsked() {
        if (forgetWhenSent) {
            recipient = "";
            subject = "";
            body = "";
        }
    }

    /** Records a failed attempt; gives up after {@code maxAttempts}, else retries at {@code retryAt}. */
    public void markFailed(String error, OffsetDateTime retryAt, int maxAttempts) {
        sendingSince = null;
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
            forgetIfAsked();
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /**
     * The sender stopped between handing the mail over and recording it (a node lost): whether the SMTP server
     * took it is unknown, so it is not sent again by itself (that could send it twice) but failed with the reason,
     * for staff to check and resend from the outbox.
     */
    public void markUncertain(String reason) {
        sendingSince = null;
        status = Status.FAILED;
        lastError = reason;
        forgetIfAsked();
    }

    /** Puts a failed mail back in the queue (administrator's choice). */
    public void retryNow(OffsetDateTime now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getLanguage() { return language; }
    public String getTemplate() { return template; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public OffsetDateTime getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getSentAt() { return sentAt; }
    public boolean isForgetWhenSent() { return forgetWhenSent; }
    public OffsetDateTime getSendingSince() { return sendingSince; }
}
