package fr.marelle.privacy.boundary;

import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.privacy.control.DataExports;
import fr.marelle.privacy.control.ReadableExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.format.DateTimeFormatter;

/** "Mes données": the export of the signed-in parent's household, readable, with its JSON and PDF downloads. */
@Named
@RequestScoped
public class DataExportPage {

    @Inject
    DataExports exports;

    @Inject
    LanguageSwitch language;

    private ReadableExport export;

    /** Built once per request; showing it is an export too (audited). */
    public ReadableExport getExport() {
        if (export == null) {
            export = ReadableExport.of(exports.ofSignedInParent("page"), language.getLocale());
        }
        return export;
    }

    public String getExportedAt() {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(getExport().exportedAt().atZoneSameInstant(fr.marelle.platform.control.ClockProducer.PARIS));
    }
}
