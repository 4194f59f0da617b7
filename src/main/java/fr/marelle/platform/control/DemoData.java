package fr.marelle.platform.control;

/**
 * A capability's part of the demo town. {@link DemoTown} loads every part once, in the order of
 * {@link #order()} (lower first: reference data before the families that use it).
 */
public interface DemoData {

    int order();

    /** Called once, in the start-up transaction of the demo town. */
    void load();
}
