package fr.marelle.audit.control;

import fr.marelle.audit.entity.Actor;
import jakarta.enterprise.context.RequestScoped;

/**
 * The actor of the current request, filled by {@code RequestActorFilter} from the signed-in
 * account and the client address. Jobs run outside requests and act as {@link Actor#SYSTEM}.
 */
@RequestScoped
public class CurrentActor {

    private Actor actor = Actor.SYSTEM;

    public Actor get() {
        return actor;
    }

    public void set(Actor actor) {
        this.actor = actor;
    }
}
