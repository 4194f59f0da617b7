package fr.marelle.billing.control;

import fr.marelle.billing.entity.PaymentKind;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.billing.entity.PaymentMeans;
import fr.marelle.planning.entity.Regie;
import fr.marelle.platform.control.ThemeLogos;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The collection docket of a régie and a day for finance staff: every entry received that day,
 * counter and online, as JSON, PDF or CSV (UTF-8 with BOM, ';', like the other exports).
 */
@ApplicationScoped
public class Dockets {

    @PersistenceContext
    EntityManager em;

    @Inject
    FinanceAccess finance;

    @Inject
    ThemeLogos logos;

    @Inject
    LegalMentions legalMentions;

    public Docket of(long actorId, String regieCode, LocalDate day) {
        finance.require(actorId);
        List<Violation> v = new ArrayList<>();
        Regie regie = regieCode == null || regieCode.isBlank() ? null : em.find(Regie.class, regieCode.strip());
        if (regie == null) {
            v.add(Violation.of("regie", "billing.counter.unknownRegie"));
        }
        if (day == null) {
            v.add(Violation.of("day", "billing.counter.dateRequired"));
        }
        RuleViolationException.throwIfAny(v);
        List<Docket.Line> lines = new ArrayList<>();
        for (Object row : em.createNativeQuery("select p.id, p.number, p.kind, p.means, p.household_id, h.name, p.amount_cents,"
                        + " p.cheque_number, p.bank, p.reference from payment p join household h on h.id = p.household_id"
                        + " where p.regie_code = ?1 and p.received_on = ?2")
                .setParameter(1, regie.getCode()).setParameter(2, day).getResultList()) {
            Object[] r = (Object[]) row;
            lines.add(new Docket.Line(((Number) r[0]).longValue(), (String) r[1], PaymentKind.valueOf((String) r[2]),
                    PaymentMeans.valueOf((String) r[3]), ((Number) r[4]).longValue(), (String) r[5],
                    ((Number) r[6]).longValue(), (String) r[7], (String) r[8], (String) r[9]));
        }
        return Docket.of(regie.getCode(), regie.getName(), day, lines);
    }

    public byte[] pdf(long actorId, String regieCode, LocalDate day, Locale locale) {
        return PaymentDocuments.docket(of(actorId, regieCode, day), logos.letterhead(), legalMentions.supportLine(locale), locale);
    }

    public String csv(long actorId, String regieCode, LocalDate day) {
        return csv(of(actorId, regieCode, day));
    }

    /** One row per entry, then one total row per means and the overall total (nature TOTAL). */
    static String csv(Docket d) {
        List<List<Object>> records = new ArrayList<>();
        for (Docket.Line l : d.lines()) {
            records.add(List.of(d.regieCode(), d.day(), l.means(), l.number(), l.kind(), l.householdId(), l.household(),
                    BillingExports.text(l.chequeNumber()), nz(l.bank()), BillingExports.text(l.reference()),
                    BillingExports.amount(l.amountCents())));
        }
        d.totals().forEach((means, total) -> records.add(List.of(d.regieCode(), d.day(), means, "", "TOTAL", "", "", "", "", "",
                BillingExports.amount(total))));
        records.add(List.of(d.regieCode(), d.day(), "", "", "TOTAL", "", "", "", "", "", BillingExports.amount(d.totalCents())));
        return BillingExports.csv(List.of("regie", "jour", "moyen", "numero", "nature", "famille_id", "famille", "cheque",
                "banque", "reference", "montant"), records);
    }

    private static Object nz(String s) {
        return s == null ? "" : s;
    }
}
