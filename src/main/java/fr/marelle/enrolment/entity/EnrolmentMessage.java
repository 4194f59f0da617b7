package fr.marelle.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A message between the family and the agents on an enrolment request. */
@Entity
@Table(name = "school_enrolment_message")
public class EnrolmentMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id")
    private long enrolmentId;
    private OffsetDateTime at;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "author_name")
    private String authorName;
    @Column(name = "from_staff")
    private boolean fromStaff;
    private String body;

    protected EnrolmentMessage() {
    }

    public EnrolmentMessage(long enrolmentId, OffsetDateTime at, Long authorId, String authorName, boolean fromStaff,
                            String body) {
        this.enrolmentId = enrolmentId;
        this.at = at;
        this.authorId = authorId;
        this.authorName = authorName;
        this.fromStaff = fromStaff;
        this.body = body;
    }

    public Long getId() { return id; }
    public long getEnrolmentId() { return enrolmentId; }
    public OffsetDateTime getAt() { return at; }
    public Long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public boolean isFromStaff() { return fromStaff; }
    public String getBody() { return body; }
}
