package fr.marelle.rooms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A room's prices for one kind of hirer, in cents; a null price: that unit is not offered to them. */
@Embeddable
public class RoomPrice {

    @Enumerated(EnumType.STRING)
    private PriceCategory category;
    @Column(name = "hour_cents")
    private Integer hourCents;
    @Column(name = "half_day_cents")
    private Integer halfDayCents;
    @Column(name = "day_cents")
    private Integer dayCents;
    @Column(name = "cleaning_cents")
    private int cleaningCents;

    protected RoomPrice() {
    }

    public RoomPrice(PriceCategory category, Integer hourCents, Integer halfDayCents, Integer dayCents, int cleaningCents) {
        this.category = category;
        this.hourCents = hourCents;
        this.halfDayCents = halfDayCents;
        this.dayCents = dayCents;
        this.cleaningCents = cleaningCents;
    }

    public PriceCategory getCategory() { return category; }
    public Integer getHourCents() { return hourCents; }
    public Integer getHalfDayCents() { return halfDayCents; }
    public Integer getDayCents() { return dayCents; }
    public int getCleaningCents() { return cleaningCents; }
}
