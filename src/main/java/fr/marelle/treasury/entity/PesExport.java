package fr.marelle.treasury.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One PES_Aller file of an invoicing run (read-only here: written by PesExports with SQL). */
@Entity
@Table(name = "pes_export")
public class PesExport {

    @Id
    private Long id;
    @Column(name = "run_id")
    private Long runId;
    private int exercise;
    @Column(name = "id_coll")
    private String idColl;
    @Column(name = "cod_col")
    private String codCol;
    @Column(name = "cod_bud")
    private String codBud;
    private int bordereau;
    @Column(name = "file_name")
    private String fileName;
    private int articles;
    @Column(name = "total_cents")
    private long totalCents;
    @Enumerated(EnumType.STRING)
    private PesExportStatus status;
    @Column(name = "exported_by")
    private Long exportedBy;
    @Column(name = "exported_at")
    private OffsetDateTime exportedAt;
    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    protected PesExport() {
    }

    public Long getId() { return id; }
    public Long getRunId() { return runId; }
    public int getExercise() { return exercise; }
    public String getIdColl() { return idColl; }
    public String getCodCol() { return codCol; }
    public String getCodBud() { return codBud; }
    public int getBordereau() { return bordereau; }
    public String getFileName() { return fileName; }
    public int getArticles() { return articles; }
    public long getTotalCents() { return totalCents; }
    public PesExportStatus getStatus() { return status; }
    public Long getExportedBy() { return exportedBy; }
    public OffsetDateTime getExportedAt() { return exportedAt; }
    public OffsetDateTime getAcknowledgedAt() { return acknowledgedAt; }
}
