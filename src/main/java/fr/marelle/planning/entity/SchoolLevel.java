package fr.marelle.planning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;

/** A French school level (TPS ... CM2), reference data from the migrations. */
@Entity
@Table(name = "school_level")
public class SchoolLevel {

    @Id
    private String code;
    private int position;
    @Column(name = "label_fr")
    private String labelFr;
    @Column(name = "label_en")
    private String labelEn;
    private String cycle;

    protected SchoolLevel() {
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    public String getCode() { return code; }
    public int getPosition() { return position; }
    public String getLabelFr() { return labelFr; }
    public String getLabelEn() { return labelEn; }
    public String getCycle() { return cycle; }
}
