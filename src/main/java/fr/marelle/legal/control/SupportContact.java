package fr.marelle.legal.control;

import fr.marelle.family.control.Phones;
import fr.marelle.platform.control.Messages;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whom families contact about the portal, in one line for mails and documents: "Contact :
 * e-mail · phone (hours)". Empty while the town has set none of it (the administrator's home warns).
 */
public final class SupportContact {

    private SupportContact() {
    }

    public static Optional<String> line(LegalInformation info, Locale locale) {
        String hours = info.get(LegalField.SUPPORT_HOURS).map(h -> " (" + h + ")").orElse("");
        String reach = Stream.of(info.get(LegalField.SUPPORT_EMAIL), info.get(LegalField.SUPPORT_PHONE).map(Phones::display))
                .flatMap(Optional::stream).collect(Collectors.joining(" · "));
        if (reach.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Messages.text(locale, "legal.supportLine", reach + hours));
    }
}
