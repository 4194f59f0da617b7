package fr.marelle.planning.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prices of an activity for a period: bands of family quotient × resident or not, a sibling
 * reduction, and the prices of an unexcused absence and of a presence without booking (none:
 * the normal price). A grid whose period has begun is never changed; a new grid takes over.
 */
@Entity
@Table(name = "price_grid")
public class PriceGrid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "sibling_reduction_pct")
    private int siblingReductionPct;
    @Column(name = "unexcused_absence_cents")
    private Integer unexcusedAbsenceCents;
    @Column(name = "unbooked_presence_cents")
    private Integer unbookedPresenceCents;
    @OneToMany(mappedBy = "grid", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<PriceBand> bands = new ArrayList<>();
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected PriceGrid() {
    }

    public PriceGrid(Activity activity, LocalDate validFrom, LocalDate validTo, int siblingReductionPct,
                     Integer unexcusedAbsenceCents, Integer unbookedPresenceCents, List<PriceBand> bands, OffsetDateTime now) {
        this.activity = activity;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.siblingReductionPct = siblingReductionPct;
        this.unexcusedAbsenceCents = unexcusedAbsenceCents;
        this.unbookedPresenceCents = unbookedPresenceCents;
        this.createdAt = now;
        for (PriceBand band : bands) {
            band.attach(this, this.bands.size() + 1);
            this.bands.add(band);
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !to.isBefore(validFrom)) && (validTo == null || !validTo.isBefore(from));
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("activityId", activity == null ? null : activity.getId());
        m.put("validFrom", String.valueOf(validFrom));
        m.put("validTo", String.valueOf(validTo));
        m.put("siblingReductionPct", siblingReductionPct);
        m.put("unexcusedAbsenceCents", unexcusedAbsenceCents);
        m.put("unbookedPresenceCents", unbookedPresenceCents);
        m.put("bands", bands.stream().map(b -> b.getQfFrom() + "-" + (b.getQfTo() == null ? "" : b.getQfTo())
                + ":" + b.getResidentCents() + "/" + b.getNonResidentCents()).toList());
        return m;
    }

    public Long getId() { return id; }
    public Activity getActivity() { return activity; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public int getSiblingReductionPct() { return siblingReductionPct; }
    public Integer getUnexcusedAbsenceCents() { return unexcusedAbsenceCents; }
    public Integer getUnbookedPresenceCents() { return unbookedPresenceCents; }
    public List<PriceBand> getBands() { return bands; }
}
