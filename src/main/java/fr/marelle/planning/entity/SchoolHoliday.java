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

/** Days without class of a zone (both ends included), from the ministry's calendar. */
@Entity
@Table(name = "school_holiday")
public class SchoolHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private SchoolZone zone;
    @Column(name = "school_year")
    private String schoolYear;
    private String description;
    @Column(name = "first_day")
    private LocalDate firstDay;
    @Column(name = "last_day")
    private LocalDate lastDay;

    protected SchoolHoliday() {
    }

    public SchoolHoliday(SchoolZone zone, String schoolYear, String description, LocalDate firstDay, LocalDate lastDay) {
        this.zone = zone;
        this.schoolYear = schoolYear;
        this.description = description;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public Long getId() { return id; }
    public SchoolZone getZone() { return zone; }
    public String getSchoolYear() { return schoolYear; }
    public String getDescription() { return description; }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
}
