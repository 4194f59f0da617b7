package fr.marelle.family.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One message of the thread between the family and the agents about a request. */
@Entity
@Table(name = "household_request_message")
public class RequestMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id")
    private Long requestId;
    private OffsetDateTime at;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "author_name")
    private String authorName;
    @Column(name = "from_staff")
    private boolean fromStaff;
    private String body;

    protected RequestMessage() {
    }

    public RequestMessage(long requestId, OffsetDateTime at, long authorId, String authorName, boolean fromStaff,
                          String body) {
        this.requestId = requestId;
        this.at = at;
        this.authorId = authorId;
        this.authorName = authorName;
        this.fromStaff = fromStaff;
        this.body = body;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public OffsetDateTime getAt() { return at; }
    public Long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public boolean isFromStaff() { return fromStaff; }
    public String getBody() { return body; }
}
