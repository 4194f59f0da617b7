package fr.marelle.enrolment.boundary;

import fr.marelle.enrolment.boundary.EnrolmentJson.EnrolmentOut;
import fr.marelle.enrolment.control.SchoolEnrolments;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.planning.control.Sites;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;

/** A request as the API answers it, to the family and to the agents: level in words, a refusal's appeal routes. */
@ApplicationScoped
public class EnrolmentAnswers {

    @Inject
    Sites sites;

    @Inject
    LegalMentions legalMentions;

    EnrolmentOut of(SchoolEnrolments.View v, Locale locale) {
        var e = v.enrolment();
        return EnrolmentOut.of(v, levelText(e.getLevelCode(), locale),
                e.isRefused() ? legalMentions.decision(locale, e.getDecisionSignatory()) : List.of(), locale);
    }

    String levelText(String code, Locale locale) {
        return sites.level(code).map(l -> l.label(locale)).orElse(code);
    }
}
