package fr.marelle.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One message of the thread between the family and the agents on a registration request. */
@Entity
@Table(name = "registration_message")
public class RegistrationMessage {

    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "registration_id")
    private long registrationId;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "author_name")
    private String authorName;
    @Enumerated(EnumType.STRING)
    private AuthorKind kind;
    private OffsetDateTime at;
    private String text;

    protected RegistrationMessage() {
    }

    public RegistrationMessage(long registrationId, Long authorId, String authorName, AuthorKind kind,
                               OffsetDateTime at, String text) {
        this.registrationId = registrationId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.kind = kind;
        this.at = at;
        this.text = text;
    }

    public Long getId() { return id; }
    public long getRegistrationId() { return registrationId; }
    public Long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public AuthorKind getKind() { return kind; }
    public OffsetDateTime getAt() { return at; }
    public String getText() { return text; }
}
