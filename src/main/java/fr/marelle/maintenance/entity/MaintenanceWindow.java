package fr.marelle.maintenance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A maintenance of the portal announced by the administrator: when, what families are told, and since when. */
@Entity
@Table(name = "maintenance_window")
public class MaintenanceWindow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "starts_at")
    private OffsetDateTime startsAt;
    @Column(name = "ends_at")
    private OffsetDateTime endsAt;
    /** The banner shows from this many days before the start. */
    @Column(name = "announce_days")
    private int announceDays;
    @Column(name = "message_fr")
    private String messageFr;
    /** Null: the French message is shown in English too. */
    @Column(name = "message_en")
    private String messageEn;
    @Column(name = "announced_by")
    private long announcedBy;
    @Column(name = "announced_at")
    private OffsetDateTime announcedAt;
    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    protected MaintenanceWindow() {
    }

    public MaintenanceWindow(OffsetDateTime startsAt, OffsetDateTime endsAt, int announceDays, String messageFr,
                             String messageEn, long announcedBy, OffsetDateTime announcedAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.announceDays = announceDays;
        this.messageFr = messageFr;
        this.messageEn = messageEn;
        this.announcedBy = announcedBy;
        this.announcedAt = announcedAt;
    }

    public void cancel(OffsetDateTime now) {
        cancelledAt = now;
    }

    /** The message in the given language ("en" or French), the French one when there is no English one. */
    public String message(String language) {
        return "en".equals(language) && messageEn != null ? messageEn : messageFr;
    }

    public Long getId() { return id; }
    public OffsetDateTime getStartsAt() { return startsAt; }
    public OffsetDateTime getEndsAt() { return endsAt; }
    public int getAnnounceDays() { return announceDays; }
    public String getMessageFr() { return messageFr; }
    public String getMessageEn() { return messageEn; }
    public long getAnnouncedBy() { return announcedBy; }
    public OffsetDateTime getAnnouncedAt() { return announcedAt; }
    public OffsetDateTime getCancelledAt() { return cancelledAt; }
}
