package fr.marelle.directdebit.control;

import fr.marelle.directdebit.entity.SepaMandate;
import fr.marelle.platform.control.Letterhead;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PdfDocument;
import fr.marelle.platform.control.PdfDocument.Cell;

import java.util.List;
import java.util.Locale;

/**
 * The SEPA mandate form the family signs (tagged, archivable PDF): the RUM, the creditor and its ICS, the debtor and
 * the account to debit (in full: the bank needs it on the signed form), the standard authorisation and refund
 * wording, and the boxes for place, date and signature.
 */
public final class MandateDocuments {

    /** The debtor as printed: the account holder and the household's postal address. */
    public record Debtor(String holder, List<String> address) {
    }

    private MandateDocuments() {
    }

    public static byte[] pdf(SepaMandate mandate, Debtor debtor, Letterhead head, Locale locale) {
        PdfDocument document = PdfDocument.portrait(t(locale, "sepaPdf.title"), locale).letterhead(head).title()
                .paragraph(t(locale, "sepaPdf.rum", mandate.getRum()))
                .paragraph(t(locale, "sepaPdf.authorisation", mandate.getCreditorName()))
                .paragraph(t(locale, "sepaPdf.refund"))
                .heading(t(locale, "sepaPdf.creditor"))
                .table(List.of(t(locale, "sepaPdf.col.item"), t(locale, "sepaPdf.col.value")), List.of(
                        List.of(Cell.text(t(locale, "sepaPdf.creditorName")), Cell.text(mandate.getCreditorName())),
                        List.of(Cell.text(t(locale, "sepaPdf.ics")), Cell.code(mandate.getCreditorIcs()))))
                .heading(t(locale, "sepaPdf.debtor"));
        document.block(debtor.address().isEmpty() ? List.of(debtor.holder())
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(debtor.holder()), debtor.address().stream()).toList());
        document.table(List.of(t(locale, "sepaPdf.col.item"), t(locale, "sepaPdf.col.value")), List.of(
                        List.of(Cell.text(t(locale, "sepaPdf.iban")), Cell.code(MandateRules.grouped(mandate.getIban()))),
                        List.of(Cell.text(t(locale, "sepaPdf.bic")), Cell.code(mandate.getBic() == null ? "—" : mandate.getBic())),
                        List.of(Cell.text(t(locale, "sepaPdf.type")), Cell.text(t(locale, "sepaPdf.recurrent")))))
                .paragraph(t(locale, "sepaPdf.rights"))
                .signatures(t(locale, "sepaPdf.signHere"), List.of(t(locale, "sepaPdf.signatory", debtor.holder())));
        return document.pdf();
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
