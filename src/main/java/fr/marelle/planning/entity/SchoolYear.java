package fr.marelle.planning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A school year of a zone, from the ministry's calendar: first day of class to the last day before the summer. */
@Entity
@Table(name = "school_year")
public class SchoolYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private SchoolZone zone;
    private String label;
    @Column(name = "first_day")
    private LocalDate firstDay;
    @Column(name = "last_day")
    private LocalDate lastDay;

    protected SchoolYear() {
    }

    public SchoolYear(SchoolZone zone, String label, LocalDate firstDay, LocalDate lastDay) {
        this.zone = zone;
        this.label = label;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public Long getId() { return id; }
    public SchoolZone getZone() { return zone; }
    public String getLabel() { return label; }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
}
