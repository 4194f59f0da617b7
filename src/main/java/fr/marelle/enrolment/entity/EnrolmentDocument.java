package fr.marelle.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * What is known of a document of a request (its content is read and written with SQL only, never loaded with
 * the request, and deleted once the request is decided).
 */
@Entity
@Table(name = "school_enrolment_document")
public class EnrolmentDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id")
    private long enrolmentId;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private int sizeBytes;
    @Column(name = "added_at")
    private OffsetDateTime addedAt;

    protected EnrolmentDocument() {
    }

    public Long getId() { return id; }
    public long getEnrolmentId() { return enrolmentId; }
    public DocumentKind getKind() { return kind; }
    public String getMediaType() { return mediaType; }
    public int getSizeBytes() { return sizeBytes; }
    public OffsetDateTime getAddedAt() { return addedAt; }
}
