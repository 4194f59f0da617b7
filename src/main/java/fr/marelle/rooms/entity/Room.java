package fr.marelle.rooms.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A room for hire at a site, with its opening hours (Paris), booking window, deposit and price grids. */
@Entity
@Table(name = "room")
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "site_id")
    private long siteId;
    private String name;
    private int capacity;
    private String equipment;
    @Column(name = "opens_at")
    private LocalTime opensAt;
    @Column(name = "closes_at")
    private LocalTime closesAt;
    @Column(name = "min_notice_days")
    private int minNoticeDays;
    @Column(name = "max_advance_days")
    private int maxAdvanceDays;
    @Column(name = "deposit_cents")
    private int depositCents;
    private boolean active = true;
    /** Every hire of the room needs an insurance certificate before it is accepted. */
    @Column(name = "insurance_required")
    private boolean insuranceRequired;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "room_price", joinColumns = @JoinColumn(name = "room_id"))
    private List<RoomPrice> prices = new ArrayList<>();

    protected Room() {
    }

    public Room(OffsetDateTime now) {
        this.createdAt = now;
    }

    public Optional<RoomPrice> price(PriceCategory category) {
        return prices.stream().filter(p -> p.getCategory() == category).findFirst();
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("siteId", siteId);
        view.put("name", name);
        view.put("capacity", capacity);
        view.put("equipment", equipment);
        view.put("opensAt", String.valueOf(opensAt));
        view.put("closesAt", String.valueOf(closesAt));
        view.put("minNoticeDays", minNoticeDays);
        view.put("maxAdvanceDays", maxAdvanceDays);
        view.put("depositCents", depositCents);
        view.put("active", active);
        view.put("insuranceRequired", insuranceRequired);
        for (RoomPrice p : prices) {
            view.put("price." + p.getCategory(), p.getHourCents() + "/" + p.getHalfDayCents() + "/" + p.getDayCents()
                    + "+" + p.getCleaningCents());
        }
        return view;
    }

    public Long getId() { return id; }
    public long getSiteId() { return siteId; }
    public void setSiteId(long siteId) { this.siteId = siteId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public String getEquipment() { return equipment; }
    public void setEquipment(String equipment) { this.equipment = equipment; }
    public LocalTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalTime opensAt) { this.opensAt = opensAt; }
    public LocalTime getClosesAt() { return closesAt; }
    public void setClosesAt(LocalTime closesAt) { this.closesAt = closesAt; }
    public int getMinNoticeDays() { return minNoticeDays; }
    public void setMinNoticeDays(int minNoticeDays) { this.minNoticeDays = minNoticeDays; }
    public int getMaxAdvanceDays() { return maxAdvanceDays; }
    public void setMaxAdvanceDays(int maxAdvanceDays) { this.maxAdvanceDays = maxAdvanceDays; }
    public int getDepositCents() { return depositCents; }
    public void setDepositCents(int depositCents) { this.depositCents = depositCents; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public boolean isInsuranceRequired() { return insuranceRequired; }
    public void setInsuranceRequired(boolean insuranceRequired) { this.insuranceRequired = insuranceRequired; }
    public List<RoomPrice> getPrices() { return prices; }
    public void setPrices(List<RoomPrice> prices) { this.prices.clear(); this.prices.addAll(prices); }
}
