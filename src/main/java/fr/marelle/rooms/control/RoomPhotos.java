package fr.marelle.rooms.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.family.control.ProofFiles;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import fr.marelle.rooms.entity.Room;
import fr.marelle.rooms.entity.RoomPhoto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Optional photos of a room, added and removed by planning staff (audited): JPEG or PNG of at most 5 MB,
 * recognised by content as proofs are, each with its text alternative; households see those of open rooms.
 */
@ApplicationScoped
public class RoomPhotos {

    public static final int MAX_PHOTOS = 6;
    public static final int MAX_ALT = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    Rooms rooms;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The rules of a photo, apart so that they are tested without a container. */
    public static List<Violation> check(byte[] content, String altText, int photosAlready) {
        List<Violation> v = new ArrayList<>();
        String type = ProofFiles.check("photo", content, v);
        if (ProofFiles.PDF.equals(type)) {
            v.add(Violation.of("photo", "room.photo.type"));
        }
        if (altText == null || altText.isBlank()) {
            v.add(Violation.of("photoAlt", "room.photo.altRequired"));
        } else if (altText.strip().length() > MAX_ALT) {
            v.add(Violation.of("photoAlt", "room.photo.altTooLong", MAX_ALT));
        }
        if (photosAlready >= MAX_PHOTOS) {
            v.add(Violation.of("photo", "room.photo.tooMany", MAX_PHOTOS));
        }
        return v;
    }

    /** A room's photos, oldest first (a household sees those of an open room only: {@link Rooms#get}). */
    public List<RoomPhoto> of(long roomId) {
        rooms.get(roomId);
        return em.createQuery("select p from RoomPhoto p where p.roomId = :r order by p.id", RoomPhoto.class)
                .setParameter("r", roomId).getResultList();
    }

    /** One photo of a room anyone signed in may see (404 otherwise, whatever the ids typed). */
    public RoomPhoto get(long roomId, long photoId) {
        rooms.get(roomId);
        RoomPhoto photo = em.find(RoomPhoto.class, photoId);
        if (photo == null || photo.getRoomId() != roomId) {
            throw new UnknownRecordException("room photo", photoId);
        }
        return photo;
    }

    @Transactional
    public RoomPhoto add(long roomId, byte[] content, String altText) {
        acting.requirePlanningStaff();
        Room room = em.find(Room.class, roomId);
        if (room == null) {
            throw new UnknownRecordException("room", roomId);
        }
        RuleViolationException.throwIfAny(check(content, altText, of(roomId).size()));
        RoomPhoto photo = new RoomPhoto(roomId, content, ProofFiles.detectType(content), altText.strip(), OffsetDateTime.now(clock));
        em.persist(photo);
        em.flush();
        audit.record("ROOM_PHOTO_ADDED", "room", roomId, null, photo.auditView());
        return photo;
    }

    @Transactional
    public void remove(long roomId, long photoId) {
        acting.requirePlanningStaff();
        RoomPhoto photo = get(roomId, photoId);
        var before = photo.auditView();
        em.remove(photo);
        em.flush();
        audit.record("ROOM_PHOTO_REMOVED", "room", roomId, before, null);
    }
}
