package fr.marelle.rooms.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A photo of a room (JPEG or PNG) with its text alternative, shown on the room's page. */
@Entity
@Table(name = "room_photo")
public class RoomPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "room_id")
    private long roomId;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "alt_text")
    private String altText;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected RoomPhoto() {
    }

    public RoomPhoto(long roomId, byte[] content, String mediaType, String altText, OffsetDateTime now) {
        this.roomId = roomId;
        this.content = content;
        this.mediaType = mediaType;
        this.altText = altText;
        this.createdAt = now;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("roomId", roomId);
        view.put("mediaType", mediaType);
        view.put("bytes", content == null ? 0 : content.length);
        view.put("altText", altText);
        return view;
    }

    public Long getId() { return id; }
    public long getRoomId() { return roomId; }
    public byte[] getContent() { return content; }
    public String getMediaType() { return mediaType; }
    public String getAltText() { return altText; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
