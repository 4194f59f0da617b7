package fr.marelle.payment.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.entity.InvoiceStatus;
import fr.marelle.payment.control.OnlinePayments;
import fr.marelle.payment.control.PayfipClients;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parent chooses invoices to pay online, one régie at a time (each régie has its own account
 * at the provider), and is sent to the provider's payment page.
 */
@Named
@RequestScoped
public class PayPage {

    /** The household's invoices payable online at one régie. */
    public record RegieInvoices(String regieCode, List<Invoices.Summary> invoices, boolean online) {
        public long totalCents() {
            return invoices.stream().mapToLong(Invoices.Summary::remainingCents).sum();
        }
    }

    @Inject
    Acting acting;

    @Inject
    Invoices invoices;

    @Inject
    OnlinePayments payments;

    @Inject
    PayfipClients accounts;

    @Inject
    LanguageSwitch language;

    private List<RegieInvoices> byRegie;

    public List<RegieInvoices> getByRegie() {
        if (byRegie == null) {
            Map<String, List<Invoices.Summary>> grouped = new LinkedHashMap<>();
            for (Invoices.Summary s : invoices.mine(acting.require().getId())) {
                if (s.remainingCents() > 0 && s.status() != InvoiceStatus.SENT_TO_TREASURY) {
                    grouped.computeIfAbsent(s.invoice().getRegieCode(), k -> new ArrayList<>()).add(s);
                }
            }
            var online = accounts.byRegie().keySet();
            byRegie = new ArrayList<>();
            grouped.forEach((regie, list) -> {
                java.util.Collections.reverse(list); // oldest first
                byRegie.add(new RegieInvoices(regie, list, online.contains(regie)));
            });
        }
        return byRegie;
    }

    /** Whether the régie takes payments online (the invoice page shows its pay button then). */
    public boolean online(String regieCode) {
        return accounts.byRegie().containsKey(regieCode);
    }

    /** Sends the family to the provider for the ticked invoices of one régie. */
    public void pay() {
        // the ticked boxes of the submitted form (one form per régie)
        String[] ticked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("invoiceIds");
        List<Long> ids = new ArrayList<>();
        for (String id : ticked == null ? new String[0] : ticked) {
            if (id.matches("\\d{1,18}")) {
                ids.add(Long.valueOf(id));
            }
        }
        try {
            OnlinePayments.Started started = payments.start(acting.require().getId(), ids);
            FacesContext.getCurrentInstance().getExternalContext().redirect(started.redirectUrl().toString());
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        } catch (OnlinePayments.ProviderUnavailableException e) {
            Feedback.error(e.refused() ? "payment.online.providerRefused" : "payment.online.providerUnavailable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String label(Invoices.Summary s) {
        var i = s.invoice();
        String month = i.getYearMonth().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language.getLocale())
                + " " + i.getYearMonth().getYear();
        return Feedback.text("pay.invoiceLabel", i.getNumber(), month, money(s.remainingCents()),
                i.getDueOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    public String money(long cents) {
        return Prices.money(cents, language.getLocale());
    }
}
