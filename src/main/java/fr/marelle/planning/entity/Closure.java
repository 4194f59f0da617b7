package fr.marelle.planning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A day without sessions (strike, works) at one site, or at every site when the site is empty. */
@Entity
@Table(name = "closure")
public class Closure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDate day;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "site_id")
    private Site site;
    private String reason;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Closure() {
    }

    public Closure(LocalDate day, Site site, String reason, OffsetDateTime now) {
        this.day = day;
        this.site = site;
        this.reason = reason;
        this.createdAt = now;
    }

    /** Whether the closure applies to sessions at that site. */
    public boolean covers(Site other) {
        return site == null || (other != null && site.getId().equals(other.getId()));
    }

    public Long getId() { return id; }
    public LocalDate getDay() { return day; }
    public Site getSite() { return site; }
    public String getReason() { return reason; }
}
