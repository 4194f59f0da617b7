package fr.marelle.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One line of the school map: the numbers of a street that a school serves for one cycle (maternelle, élémentaire). */
@Entity
@Table(name = "school_map_entry")
public class SchoolMapEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String street;
    @Column(name = "street_key")
    private String streetKey;
    @Column(name = "number_from")
    private int numberFrom;
    @Column(name = "number_to")
    private int numberTo;
    @Enumerated(EnumType.STRING)
    private Parity parity;
    private String cycle;
    @Column(name = "site_id")
    private long siteId;
    @Column(name = "line_no")
    private int lineNo;
    @Column(name = "imported_at")
    private OffsetDateTime importedAt;

    protected SchoolMapEntry() {
    }

    public SchoolMapEntry(String street, String streetKey, int numberFrom, int numberTo, Parity parity, String cycle,
                          long siteId, int lineNo, OffsetDateTime importedAt) {
        this.street = street;
        this.streetKey = streetKey;
        this.numberFrom = numberFrom;
        this.numberTo = numberTo;
        this.parity = parity;
        this.cycle = cycle;
        this.siteId = siteId;
        this.lineNo = lineNo;
        this.importedAt = importedAt;
    }

    public Long getId() { return id; }
    public String getStreet() { return street; }
    public String getStreetKey() { return streetKey; }
    public int getNumberFrom() { return numberFrom; }
    public int getNumberTo() { return numberTo; }
    public Parity getParity() { return parity; }
    public String getCycle() { return cycle; }
    public long getSiteId() { return siteId; }
    public int getLineNo() { return lineNo; }
    public OffsetDateTime getImportedAt() { return importedAt; }
}
