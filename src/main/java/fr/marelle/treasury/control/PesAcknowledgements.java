package fr.marelle.treasury.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.billing.control.FinanceAccess;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import fr.marelle.treasury.entity.PesExportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the accountant's acknowledgement (PES_Acquit) to the files it answers, all or nothing: an accepted
 * bordereau hands each of its invoices to the public treasury (no longer payable on the portal; the family
 * is told to pay the Trésor public, with the rôle and article); a rejected one keeps the reasons, and the run
 * can be exported again with a new number. Reading the same acknowledgement twice changes nothing.
 */
@ApplicationScoped
public class PesAcknowledgements {

    /** The largest acknowledgement read (Hélios' answers are a few kilobytes). */
    public static final int MAX_BYTES = 1024 * 1024;

    /** What the acknowledgement did to one file; {@code changed} is false when it had already been read. */
    public record Outcome(long exportId, long runId, int exercise, int bordereau, PesExportStatus status, boolean changed,
                          List<PesAcknowledgement.Anomaly> anomalies) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    FinanceAccess finance;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public List<Outcome> apply(long actorId, byte[] xml) {
        long actor = finance.require(actorId).getId();
        if (xml == null || xml.length == 0) {
            throw RuleViolationException.of("file", "treasury.ack.empty");
        }
        if (xml.length > MAX_BYTES) {
            throw RuleViolationException.of("file", "treasury.ack.tooBig", MAX_BYTES / 1024);
        }
        PesAcknowledgement ack = PesAcknowledgement.read(xml);
        List<Violation> v = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (PesAcknowledgement.Element element : ack.elements()) {
            if (element.bordereau().isEmpty()) {
                continue; // an attachment's or the file's own acknowledgement: the bordereau's says what counts
            }
            int bordereau = element.bordereau().get();
            List<?> found = em.createNativeQuery("select id, run_id, exercise, status from pes_export where bordereau = ?1"
                            + " and cod_col = ?2 and cod_bud = ?3 and (cast(?4 as integer) is null or exercise = cast(?4 as integer))"
                            + " and (cast(?5 as varchar) is null or id_coll = cast(?5 as varchar)) order by exercise desc for update")
                    .setParameter(1, bordereau).setParameter(2, ack.codCol()).setParameter(3, ack.codBud())
                    .setParameter(4, element.exercise().orElse(null)).setParameter(5, ack.idColl()).getResultList();
            if (found.isEmpty()) {
                v.add(Violation.of("file", "treasury.ack.unknownBordereau", bordereau,
                        element.exercise().map(String::valueOf).orElse("?"), ack.codCol() + "-" + ack.codBud()));
                continue;
            }
            Object[] e = (Object[]) found.get(0);
            long exportId = ((Number) e[0]).longValue();
            long runId = ((Number) e[1]).longValue();
            int exercise = ((Number) e[2]).intValue();
            PesExportStatus now = PesExportStatus.valueOf((String) e[3]);
            PesExportStatus answer = element.accepted() ? PesExportStatus.ACCEPTED : PesExportStatus.REJECTED;
            if (now == answer) {
                outcomes.add(new Outcome(exportId, runId, exercise, bordereau, now, false, element.anomalies()));
                continue;
            }
            if (now != PesExportStatus.SENT) {
                v.add(Violation.of("file", "treasury.ack.already", bordereau, exercise, now.name()));
                continue;
            }
            record(actor, exportId, exercise, bordereau, element);
            outcomes.add(new Outcome(exportId, runId, exercise, bordereau, answer, true, element.anomalies()));
        }
        if (outcomes.isEmpty() && v.isEmpty()) {
            v.add(Violation.of("file", "treasury.ack.noBordereau"));
        }
        RuleViolationException.throwIfAny(v);
        return outcomes;
    }

    private void record(long actor, long exportId, int exercise, int bordereau, PesAcknowledgement.Element element) {
        OffsetDateTime at = OffsetDateTime.now(clock);
        PesExportStatus status = element.accepted() ? PesExportStatus.ACCEPTED : PesExportStatus.REJECTED;
        em.createNativeQuery("update pes_export set status = ?1, acknowledged_by = ?2, acknowledged_at = ?3 where id = ?4")
                .setParameter(1, status.name()).setParameter(2, actor).setParameter(3, at).setParameter(4, exportId).executeUpdate();
        int handedOver = 0;
        if (element.accepted()) {
            LocalDate today = at.atZoneSameInstant(ClockProducer.PARIS).toLocalDate();
            // an invoice handed over by hand meanwhile keeps that record (the primary key allows one)
            handedOver = em.createNativeQuery("insert into invoice_treasury_transfer (invoice_id, sent_on, sent_by, sent_at, reference)"
                            + " select a.invoice_id, ?2, ?3, ?4, 'PES ' || ?5 || ' rôle ' || ?6 || ' article ' || a.article"
                            + " from pes_export_article a where a.export_id = ?1 on conflict (invoice_id) do nothing")
                    .setParameter(1, exportId).setParameter(2, today).setParameter(3, actor).setParameter(4, at)
                    .setParameter(5, exercise).setParameter(6, bordereau).executeUpdate();
        } else {
            for (PesAcknowledgement.Anomaly a : element.anomalies()) {
                em.createNativeQuery("insert into pes_export_error (export_id, code, label, article) values (?1, ?2, ?3, cast(?4 as integer))")
                        .setParameter(1, exportId).setParameter(2, a.code()).setParameter(3, a.label()).setParameter(4, a.article())
                        .executeUpdate();
            }
        }
        Map<String, Object> before = Map.of("status", PesExportStatus.SENT.name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        after.put("exercise", exercise);
        after.put("bordereau", bordereau);
        after.put("invoicesHandedOver", handedOver);
        after.put("anomalies", element.anomalies().stream().map(a -> a.code() + (a.article() == null ? "" : " (article " + a.article() + ")")).toList());
        audit.record("treasury.pes.acknowledged", "pes_export", exportId, before, after);
    }
}
