package fr.marelle.rooms.control;

/** The slot overlaps one already held for the room (the database's exclusion constraint said so): 409 on the API. */
public class SlotTakenException extends RuntimeException {

    public SlotTakenException() {
        super("roomHire.slot.taken");
    }
}
