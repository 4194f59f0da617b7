package fr.marelle.planning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A band of family quotient (euros, both ends included; no upper end for the last band) and its unit prices in cents. */
@Entity
@Table(name = "price_band")
public class PriceBand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "grid_id")
    private PriceGrid grid;
    private int position;
    @Column(name = "qf_from")
    private int qfFrom;
    @Column(name = "qf_to")
    private Integer qfTo;
    @Column(name = "resident_cents")
    private int residentCents;
    @Column(name = "non_resident_cents")
    private int nonResidentCents;

    protected PriceBand() {
    }

    public PriceBand(int qfFrom, Integer qfTo, int residentCents, int nonResidentCents) {
        this.qfFrom = qfFrom;
        this.qfTo = qfTo;
        this.residentCents = residentCents;
        this.nonResidentCents = nonResidentCents;
    }

    void attach(PriceGrid grid, int position) {
        this.grid = grid;
        this.position = position;
    }

    public boolean contains(int quotient) {
        return quotient >= qfFrom && (qfTo == null || quotient <= qfTo);
    }

    public int price(boolean resident) {
        return resident ? residentCents : nonResidentCents;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public int getQfFrom() { return qfFrom; }
    public Integer getQfTo() { return qfTo; }
    public int getResidentCents() { return residentCents; }
    public int getNonResidentCents() { return nonResidentCents; }
}
