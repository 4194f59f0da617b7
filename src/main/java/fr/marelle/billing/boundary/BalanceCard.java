package fr.marelle.billing.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.entity.InvoiceStatus;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.boundary.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The parent's home page: what is left to pay on the portal, and how many invoices that is. */
@Named
@RequestScoped
public class BalanceCard {

    @Inject
    Acting acting;

    @Inject
    Invoices invoices;

    @Inject
    LanguageSwitch language;

    private List<Invoices.Summary> unpaid;

    public List<Invoices.Summary> getUnpaid() {
        if (unpaid == null) {
            unpaid = invoices.mine(acting.require().getId()).stream()
                    .filter(s -> s.status() == InvoiceStatus.UNPAID || s.status() == InvoiceStatus.PARTLY_PAID).toList();
        }
        return unpaid;
    }

    public String getLeftToPay() {
        long cents = getUnpaid().stream().mapToLong(Invoices.Summary::remainingCents).sum();
        return Prices.money((int) cents, language.getLocale());
    }
}
