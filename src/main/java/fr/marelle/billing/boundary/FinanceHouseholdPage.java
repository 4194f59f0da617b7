package fr.marelle.billing.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.AccountStatement;
import fr.marelle.billing.control.FinanceAccess;
import fr.marelle.billing.control.Invoices;
import fr.marelle.family.entity.Household;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.boundary.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Finance staff's account statement of one household: invoices, credit notes, balance. */
@Named
@RequestScoped
public class FinanceHouseholdPage {

    @Inject
    Acting acting;

    @Inject
    FinanceAccess finance;

    @Inject
    Invoices invoices;

    @Inject
    LanguageSwitch language;

    @PersistenceContext
    EntityManager em;

    private Long householdId;
    private AccountStatement statement;

    public AccountStatement getStatement() {
        if (statement == null && householdId != null) {
            statement = invoices.statement(finance.require(acting.require().getId()).getId(), householdId);
        }
        return statement;
    }

    public String getHouseholdName() {
        Household h = householdId == null ? null : em.find(Household.class, householdId);
        return h == null ? "" : h.getName();
    }

    public String money(long cents) {
        return Prices.money((int) cents, language.getLocale());
    }

    public String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public Long getHouseholdId() { return householdId; }
    public void setHouseholdId(Long householdId) { this.householdId = householdId; }
}
