package fr.marelle.rooms.boundary;

import fr.marelle.rooms.entity.Room;
import fr.marelle.rooms.entity.RoomHire;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A hire as the API answers it, to households and staff alike: with its room's name (inactive rooms too). */
@ApplicationScoped
public class RoomHireAnswers {

    @PersistenceContext
    EntityManager em;

    public RoomJson.Hire of(RoomHire hire) {
        return RoomJson.Hire.of(hire, em.find(Room.class, hire.getRoomId()));
    }
}
