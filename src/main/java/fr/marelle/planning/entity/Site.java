package fr.marelle.planning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** A place where activities happen: a school, the leisure centre, a room. */
@Entity
@Table(name = "site")
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private SiteKind kind;
    private String address;
    private boolean active = true;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected Site() {
    }

    public Site(String name, SiteKind kind, String address, OffsetDateTime now) {
        this.name = name;
        this.kind = kind;
        this.address = address;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public SiteKind getKind() { return kind; }
    public void setKind(SiteKind kind) { this.kind = kind; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
