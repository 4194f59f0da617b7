package fr.marelle.planning.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A collection office (régie) that activities bill through; reference data from the migrations. */
@Entity
@Table(name = "regie")
public class Regie {

    @Id
    private String code;
    private String name;

    protected Regie() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
}
