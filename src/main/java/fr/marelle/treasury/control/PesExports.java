package fr.marelle.treasury.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.billing.control.FinanceAccess;
import fr.marelle.billing.control.InvoicePdfs;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.billing.entity.InvoiceStatus;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import fr.marelle.treasury.entity.PesExport;
import fr.marelle.treasury.entity.PesExportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PES V2 ORMC file of a validated invoicing run (one bordereau: a run is one régie, one budget). Its
 * number comes from the counter of the exercise and budget; the file is checked against our schema before it
 * is recorded, and exporting the run again gives the same file back, unless the accountant rejected it (then
 * a new file with a new number). Invoices already paid, handed over, or with nothing left to collect stay out.
 */
@ApplicationScoped
public class PesExports {

    /** Sender and software named in the envelope. */
    static final String SOFTWARE = "MARELLE PORTAIL FAMILLE";
    private static final Pattern INVOICE_NUMBER = Pattern.compile("^(\\d{4})-.*-(\\d{1,11})$");

    /** An invoice of the run that was left out, and why (a message key: paid, handed over, nothing to collect). */
    public record LeftOut(String invoiceNumber, String reason) {
    }

    /** One article as recorded, for the pages and the API. */
    public record Article(int number, long invoiceId, String invoiceNumber, String household, long amountCents) {
    }

    /** The accountant's reason for a rejection. */
    public record Error(String code, String label, Integer article) {
    }

    /** An export with its articles and, when rejected, the accountant's reasons. */
    public record Report(PesExport export, List<Article> articles, List<Error> errors) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    FinanceAccess finance;

    @Inject
    TreasuryBudgets budgets;

    @Inject
    Invoices invoices;

    @Inject
    InvoicePdfs pdfs;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The run's file: the one already exported and not rejected, or a new one (numbered, validated, recorded). */
    @Transactional
    public PesExport export(long actorId, long runId) {
        long actor = finance.require(actorId).getId();
        List<?> run = em.createNativeQuery("select regie_code, status from invoice_run where id = ?1 for update")
                .setParameter(1, runId).getResultList();
        if (run.isEmpty()) {
            throw new UnknownRecordException("invoice run", runId);
        }
        Object[] r = (Object[]) run.get(0);
        String regie = (String) r[0];
        if (!"VALIDATED".equals(r[1])) {
            throw RuleViolationException.of("runId", "treasury.pes.notValidated");
        }
        Optional<PesExport> live = live(runId);
        if (live.isPresent()) {
            return live.get();
        }
        PesOrmc.Budget budget = budgets.budgetOf(regie)
                .orElseThrow(() -> RuleViolationException.of("runId", "treasury.pes.noSettings", regie));
        Map<String, PesOrmc.Product> products = budgets.productsOf(regie);
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
        int exercise = today.getYear();
        List<Invoice> ofRun = em.createQuery("select i from Invoice i where i.runId = :r order by i.number", Invoice.class)
                .setParameter("r", runId).getResultList();
        List<Draft> drafts = drafts(ofRun, products);
        if (drafts.isEmpty()) {
            throw RuleViolationException.of("runId", "treasury.pes.nothing");
        }
        int number = nextBordereau(exercise, budget);
        String fileName = "PESORMC_" + budget.codCol() + budget.codBud() + "_" + exercise + "_" + number + ".xml";
        List<PesOrmc.Article> articles = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Optional<byte[]> pdf = budget.dgfipPrints() ? Optional.of(pdfs.of(actorId, d.invoice().getId(), Locale.FRENCH)) : Optional.empty();
            articles.add(new PesOrmc.Article(i + 1, d.invoice().getNumber(), debtNumber(d.invoice().getNumber()),
                    "FACTURE " + d.invoice().getNumber() + " " + monthText(d.invoice().getYearMonth()), d.lines(), d.payer(), pdf));
        }
        String regieName = budgets.of(regie).regieName();
        PesOrmc.Bordereau bordereau = new PesOrmc.Bordereau(exercise, number, today,
                regieName + " " + monthText(ofRun.get(0).getYearMonth()), articles);
        byte[] content = PesOrmcWriter.write(new PesOrmc.File(fileName, SOFTWARE, SOFTWARE + " 1.0", today, budget, bordereau));
        List<String> problems = PesSchema.problems(content);
        if (!problems.isEmpty()) {
            // the transaction rolls back: the number is not used, nothing is recorded
            throw new RuleViolationException(problems.stream().map(p -> Violation.of("file", "treasury.pes.schema", p)).toList());
        }
        long id = ((Number) em.createNativeQuery("insert into pes_export (run_id, exercise, id_coll, cod_col, cod_bud, bordereau,"
                        + " file_name, articles, total_cents, content, status, exported_by, exported_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'SENT', ?11, ?12) returning id")
                .setParameter(1, runId).setParameter(2, exercise).setParameter(3, budget.idColl()).setParameter(4, budget.codCol())
                .setParameter(5, budget.codBud()).setParameter(6, number).setParameter(7, fileName).setParameter(8, articles.size())
                .setParameter(9, bordereau.totalCents()).setParameter(10, content).setParameter(11, actor)
                .setParameter(12, OffsetDateTime.now(clock)).getSingleResult()).longValue();
        for (int i = 0; i < drafts.size(); i++) {
            em.createNativeQuery("insert into pes_export_article (export_id, article, invoice_id, amount_cents) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, i + 1).setParameter(3, drafts.get(i).invoice().getId())
                    .setParameter(4, articles.get(i).totalCents()).executeUpdate();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("runId", runId);
        after.put("exercise", exercise);
        after.put("budget", budget.codCol() + "-" + budget.codBud());
        after.put("bordereau", number);
        after.put("fileName", fileName);
        after.put("articles", articles.size());
        after.put("totalCents", bordereau.totalCents());
        audit.record("treasury.pes.exported", "pes_export", id, null, after);
        em.flush();
        return em.find(PesExport.class, id);
    }

    /** The stored bytes of an export. */
    public byte[] content(long actorId, long exportId) {
        finance.require(actorId);
        List<?> rows = em.createNativeQuery("select content from pes_export where id = ?1").setParameter(1, exportId).getResultList();
        if (rows.isEmpty()) {
            throw new UnknownRecordException("PES export", exportId);
        }
        return (byte[]) rows.get(0);
    }

    /** The run's exports, newest first, with their articles and the accountant's reasons. */
    public List<Report> ofRun(long actorId, long runId) {
        finance.require(actorId);
        return em.createQuery("select e from PesExport e where e.runId = :r order by e.id desc", PesExport.class)
                .setParameter("r", runId).getResultList().stream().map(this::report).toList();
    }

    /** What the run's invoices would not bring into a file, and why. */
    public List<LeftOut> leftOut(long actorId, long runId) {
        finance.require(actorId);
        List<Invoice> ofRun = em.createQuery("select i from Invoice i where i.runId = :r order by i.number", Invoice.class)
                .setParameter("r", runId).getResultList();
        List<LeftOut> left = new ArrayList<>();
        for (Invoices.Summary s : invoices.summariesOf(ofRun.stream().map(Invoice::getId).toList())) {
            reasonLeftOut(s).ifPresent(reason -> left.add(new LeftOut(s.invoice().getNumber(), reason)));
        }
        return left;
    }

    Report report(PesExport e) {
        List<Article> articles = new ArrayList<>();
        for (Object row : em.createNativeQuery("select a.article, a.invoice_id, i.number, i.household_name, a.amount_cents"
                + " from pes_export_article a join invoice i on i.id = a.invoice_id where a.export_id = ?1 order by a.article")
                .setParameter(1, e.getId()).getResultList()) {
            Object[] r = (Object[]) row;
            articles.add(new Article(((Number) r[0]).intValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    ((Number) r[4]).longValue()));
        }
        List<Error> errors = new ArrayList<>();
        for (Object row : em.createNativeQuery("select code, label, article from pes_export_error where export_id = ?1 order by id")
                .setParameter(1, e.getId()).getResultList()) {
            Object[] r = (Object[]) row;
            errors.add(new Error((String) r[0], (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue()));
        }
        return new Report(e, articles, errors);
    }

    private Optional<PesExport> live(long runId) {
        return em.createQuery("select e from PesExport e where e.runId = :r and e.status <> :rejected", PesExport.class)
                .setParameter("r", runId).setParameter("rejected", PesExportStatus.REJECTED).getResultList().stream().findFirst();
    }

    /** The next bordereau number of the exercise and budget, under the counter row's lock until commit. */
    private int nextBordereau(int exercise, PesOrmc.Budget budget) {
        return ((Number) em.createNativeQuery("insert into pes_bordereau_counter (exercise, id_coll, cod_col, cod_bud, last_number)"
                        + " values (?1, ?2, ?3, ?4, 1) on conflict (exercise, id_coll, cod_col, cod_bud)"
                        + " do update set last_number = pes_bordereau_counter.last_number + 1 returning last_number")
                .setParameter(1, exercise).setParameter(2, budget.idColl()).setParameter(3, budget.codCol())
                .setParameter(4, budget.codBud()).getSingleResult()).intValue();
    }

    private record Draft(Invoice invoice, List<PesOrmc.Line> lines, PesOrmc.Payer payer) {
    }

    private List<Draft> drafts(List<Invoice> ofRun, Map<String, PesOrmc.Product> products) {
        List<Violation> v = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        List<Invoices.Summary> summaries = invoices.summariesOf(ofRun.stream().map(Invoice::getId).toList());
        for (Invoices.Summary s : summaries) {
            if (reasonLeftOut(s).isPresent()) {
                continue;
            }
            Invoice invoice = s.invoice();
            List<PesLines.Charge> charges = chargesOf(invoice.getId());
            Set<String> unmapped = PesLines.unmapped(charges, products);
            if (!unmapped.isEmpty()) {
                unmapped.forEach(type -> v.add(Violation.of("products." + type, "treasury.pes.noProduct", type, invoice.getRegieCode())));
                continue;
            }
            List<PesOrmc.Line> lines = PesLines.group(charges, products, s.paidCents());
            if (lines.isEmpty()) {
                continue;
            }
            payerOf(invoice, v).ifPresent(payer -> drafts.add(new Draft(invoice, lines, payer)));
        }
        RuleViolationException.throwIfAny(v.stream().distinct().toList());
        return drafts;
    }

    static Optional<String> reasonLeftOut(Invoices.Summary s) {
        if (s.status() == InvoiceStatus.SENT_TO_TREASURY) {
            return Optional.of("treasury.pes.left.handedOver");
        }
        if (s.status() == InvoiceStatus.PAID) {
            return Optional.of(s.invoice().getTotalCents() - s.creditedCents() <= 0 ? "treasury.pes.left.nothing" : "treasury.pes.left.paid");
        }
        return Optional.empty();
    }

    private List<PesLines.Charge> chargesOf(long invoiceId) {
        List<PesLines.Charge> charges = new ArrayList<>();
        for (Object row : em.createNativeQuery("select a.type, l.activity_name, l.amount_cents - coalesce((select sum(c.amount_cents)"
                + " from credit_note_line c where c.invoice_line_id = l.id), 0) from invoice_line l"
                + " join activity_session s on s.id = l.session_id join activity a on a.id = s.activity_id"
                + " where l.invoice_id = ?1 order by l.position").setParameter(1, invoiceId).getResultList()) {
            Object[] r = (Object[]) row;
            charges.add(new PesLines.Charge((String) r[0], (String) r[1], ((Number) r[2]).longValue()));
        }
        return charges;
    }

    /**
     * The household's payer (the billing account, or the household's name) with the civility that guardian gave,
     * at the household's address, in France or abroad (the country's INSEE code).
     */
    private Optional<PesOrmc.Payer> payerOf(Invoice invoice, List<Violation> v) {
        List<?> rows = em.createNativeQuery("select h.name, h.address_line1, h.address_line2, h.postcode, h.city, a.first_name,"
                        + " a.last_name, g.civility, h.country_code from household h"
                        + " left join account a on a.id = coalesce(cast(?2 as bigint), h.billing_account_id)"
                        + " left join guardian g on g.account_id = a.id and g.household_id = h.id where h.id = ?1")
                .setParameter(1, invoice.getHouseholdId()).setParameter(2, invoice.getBillingAccountId()).getResultList();
        if (rows.isEmpty()) {
            v.add(Violation.of("household", "treasury.pes.noAddress", invoice.getNumber(), invoice.getHouseholdName()));
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        String street = (String) r[1];
        String postcode = r[3] == null ? null : ((String) r[3]).strip();
        String city = (String) r[4];
        Optional<String> country = Optional.ofNullable((String) r[8]);
        if (PesText.text(street, 38).isEmpty() || PesText.text(city, 38).isEmpty()
                || country.isEmpty() && (postcode == null || postcode.isEmpty())) {
            v.add(Violation.of("household", "treasury.pes.noAddress", invoice.getNumber(), invoice.getHouseholdName()));
            return Optional.empty();
        }
        if (country.isEmpty() && !postcode.matches("\\d{5}")) {
            v.add(Violation.of("household", "treasury.pes.postcode", invoice.getNumber(), invoice.getHouseholdName()));
            return Optional.empty();
        }
        String last = r[6] == null ? (String) r[0] : (String) r[6];
        String first = (String) r[5];
        PesOrmc.Address address = new PesOrmc.Address(street, Optional.ofNullable((String) r[2]).filter(s -> !s.isBlank()),
                postcode, city, country);
        return Optional.of(new PesOrmc.Payer("FAM" + invoice.getHouseholdId(), Optional.ofNullable((String) r[7]), last, first,
                address));
    }

    static Optional<Long> debtNumber(String invoiceNumber) {
        Matcher m = INVOICE_NUMBER.matcher(invoiceNumber);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1) + String.format("%06d", Long.parseLong(m.group(2)));
        return digits.length() <= 15 ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }

    static String monthText(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, Locale.FRENCH) + " " + month.getYear();
    }
}
