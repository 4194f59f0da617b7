package fr.marelle.booking.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.booking.control.ChildCalendar;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The parent's home page: the household's next bookings at a glance. */
@Named
@RequestScoped
public class UpcomingBookingsCard {

    static final int SHOWN = 6;

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    ChildCalendar calendar;

    @Inject
    LanguageSwitch language;

    private List<ChildCalendar.Upcoming> upcoming;

    public List<ChildCalendar.Upcoming> getUpcoming() {
        if (upcoming == null) {
            long actor = acting.require().getId();
            upcoming = access.ownHousehold(actor).map(h -> calendar.upcoming(actor, h, SHOWN)).orElse(List.of());
        }
        return upcoming;
    }

    /** "Léa – jeudi 3 décembre, 11:30 – Restauration scolaire – Jules-Ferry (liste d'attente)" */
    public String line(ChildCalendar.Upcoming u) {
        String day = u.session().getDay().format(DateTimeFormatter.ofPattern("EEEE d MMMM", language.getLocale()));
        return u.child().getFirstName() + " – " + day + ", " + u.session().getStartTime() + " – "
                + u.session().getActivity().getName()
                + (u.booking().getStatus() == fr.marelle.booking.entity.BookingStatus.WAITING
                ? " (" + Feedback.text("booking.state.WAITING").toLowerCase(language.getLocale()) + ")" : "");
    }
}
