package fr.marelle.planning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Places kept on each session of an activity for the children of an age range, e.g. "3-5 ans": 24. */
@Embeddable
public class AgeGroup {

    private String label;
    @Column(name = "min_age")
    private int minAge;
    @Column(name = "max_age")
    private int maxAge;
    private int places;

    protected AgeGroup() {
    }

    public AgeGroup(String label, int minAge, int maxAge, int places) {
        this.label = label;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.places = places;
    }

    public boolean contains(int age) {
        return age >= minAge && age <= maxAge;
    }

    public String getLabel() { return label; }
    public int getMinAge() { return minAge; }
    public int getMaxAge() { return maxAge; }
    public int getPlaces() { return places; }

    @Override
    public String toString() {
        return label + " (" + minAge + "-" + maxAge + "): " + places;
    }
}
