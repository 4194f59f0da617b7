package fr.marelle.maintenance.boundary;

import fr.marelle.platform.control.DisplayFormats;
import fr.marelle.maintenance.entity.MaintenanceWindow;
import fr.marelle.platform.boundary.Town;
import fr.marelle.platform.control.Messages;

import java.util.Locale;

/**
 * The maintenance page, written without Faces (no session, no form, no script): French first, then
 * English, each with the administrator's message and the end in Paris time; staff find the sign-in link.
 */
final class MaintenancePageHtml {

    private MaintenancePageHtml() {
    }

    static String of(MaintenanceWindow window, Town town, String contextPath) {
        String townName = town.getName();
        Locale fr = Messages.FRENCH;
        Locale en = Locale.ENGLISH;
        return "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                + "<title>" + escape(Messages.text(fr, "maintenance.page.title")) + " – " + escape(townName) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + contextPath + "/jakarta.faces.resource/css/portal.css.xhtml\"/>\n"
                + "<link rel=\"stylesheet\" href=\"" + contextPath + town.getThemePath() + "/theme.css\"/>\n"
                + "</head>\n<body>\n<header class=\"site-header\"><div class=\"site-header__inner\"><span class=\"brand\">"
                + "<span class=\"brand__text\"><span class=\"brand__town\">" + escape(townName) + "</span></span></span>"
                + "</div></header>\n<main id=\"main\" class=\"content\">\n"
                + "<h1>" + escape(Messages.text(fr, "maintenance.page.title")) + "</h1>\n"
                + part(window, fr)
                + "<section lang=\"en\" aria-labelledby=\"maintenance-en\">\n<h2 id=\"maintenance-en\">"
                + escape(Messages.text(en, "maintenance.page.title")) + "</h2>\n"
                + part(window, en) + "</section>\n"
                + "<p><a href=\"" + contextPath + "/login.xhtml\">" + escape(Messages.text(fr, "maintenance.page.staff"))
                + "</a> – <a href=\"" + contextPath + "/login.xhtml\" lang=\"en\">"
                + escape(Messages.text(en, "maintenance.page.staff")) + "</a></p>\n"
                + "</main>\n</body>\n</html>\n";
    }

    private static String part(MaintenanceWindow window, Locale locale) {
        return "<p>" + escape(Messages.text(locale, "maintenance.page.until", DisplayFormats.longDateTime(window.getEndsAt(), locale)))
                + "</p>\n<p>" + escape(window.message(locale.getLanguage())) + "</p>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
