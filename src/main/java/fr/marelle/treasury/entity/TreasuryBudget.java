package fr.marelle.treasury.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A régie's budget as the public accountant's system (Hélios) knows it; written by TreasuryBudgets with SQL. */
@Entity
@Table(name = "treasury_budget")
public class TreasuryBudget {

    @Id
    @Column(name = "regie_code")
    private String regieCode;
    @Column(name = "id_post")
    private String idPost;
    @Column(name = "id_coll")
    private String idColl;
    @Column(name = "cod_col")
    private String codCol;
    @Column(name = "cod_bud")
    private String codBud;
    @Column(name = "dgfip_prints")
    private boolean dgfipPrints;
    @Column(name = "updated_by")
    private Long updatedBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected TreasuryBudget() {
    }

    public String getRegieCode() { return regieCode; }
    public String getIdPost() { return idPost; }
    public String getIdColl() { return idColl; }
    public String getCodCol() { return codCol; }
    public String getCodBud() { return codBud; }
    public boolean isDgfipPrints() { return dgfipPrints; }
    public Long getUpdatedBy() { return updatedBy; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
}
