package fr.marelle.platform.boundary;

import fr.marelle.platform.control.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The paginators' "Lignes 1 à 25 sur 60, page 1 sur 3" in the page's language: the bundle's sentence
 * with PrimeFaces' own placeholders put in, since a bundle value must be a valid message pattern.
 */
@Named("pageReport")
@RequestScoped
public class PageReport {

    @Inject
    LanguageSwitch language;

    /** The template PrimeFaces fills in ({@code currentPageReportTemplate}). */
    public String getTemplate() {
        return Messages.text(language.getLocale(), "list.pageReport",
                "{startRecord}", "{endRecord}", "{totalRecords}", "{currentPage}", "{totalPages}");
    }
}
