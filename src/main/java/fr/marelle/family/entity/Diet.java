package fr.marelle.family.entity;

/** A child's diet at the canteen; OTHER comes with a text. */
public enum Diet {
    NONE, NO_PORK, VEGETARIAN, NO_MEAT, OTHER
}
