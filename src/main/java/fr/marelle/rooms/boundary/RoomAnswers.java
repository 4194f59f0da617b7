package fr.marelle.rooms.boundary;

import fr.marelle.rooms.control.Rooms;
import fr.marelle.rooms.entity.Room;
import fr.marelle.rooms.entity.RoomPhoto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A room as the API answers it, to households and staff alike: its site's name and its photos' addresses. */
@ApplicationScoped
public class RoomAnswers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Rooms rooms;

    public RoomJson.Out of(Room room) {
        var photos = em.createQuery("select p from RoomPhoto p where p.roomId = :r order by p.id", RoomPhoto.class)
                .setParameter("r", room.getId()).getResultList().stream()
                .map(p -> new RoomJson.Photo(p.getId(), p.getAltText(), "/api/v1/rooms/" + room.getId() + "/photos/" + p.getId()))
                .toList();
        return RoomJson.Out.of(room, rooms.siteName(room), photos);
    }
}
