package fr.marelle.booking.boundary;

import fr.marelle.booking.control.ChildCalendar;
import fr.marelle.booking.entity.BookingStatus;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.DisplayFormats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The parent's home page: the household's bookings of the next two weeks and what they cost. */
@Named
@RequestScoped
public class UpcomingBookingsCard {

    /** Two weeks: the canteen is booked a week ahead, so the coming one is settled and the next one taking shape. */
    static final int DAYS = 14;
    static final int SHOWN = 8;

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    ChildCalendar calendar;

    @Inject
    LanguageSwitch language;

    private List<ChildCalendar.PricedUpcoming> coming;

    private List<ChildCalendar.PricedUpcoming> coming() {
        if (coming == null) {
            long actor = acting.require().getId();
            coming = access.ownHousehold(actor).map(h -> calendar.upcomingPriced(actor, h, DAYS)).orElse(List.of());
        }
        return coming;
    }

    /** The first ones, soonest first. */
    public List<ChildCalendar.PricedUpcoming> getUpcoming() {
        return coming().subList(0, Math.min(SHOWN, coming().size()));
    }

    /** How many more there are over the two weeks. */
    public int getMore() {
        return coming().size() - getUpcoming().size();
    }

    /** Confirmed bookings of the two weeks (places on a waiting list are not counted). */
    public long getConfirmed() {
        return coming().stream().filter(p -> p.upcoming().booking().getStatus() == BookingStatus.CONFIRMED).count();
    }

    public long getTotalCents() {
        return coming().stream().mapToLong(ChildCalendar.PricedUpcoming::cents).sum();
    }

    /** "Léa – jeudi 3 décembre, 11:30 – Restauration scolaire – Jules-Ferry (liste d'attente)" */
    public String line(ChildCalendar.PricedUpcoming p) {
        ChildCalendar.Upcoming u = p.upcoming();
        return u.child().getFirstName() + " – " + DisplayFormats.dayMonth(u.session().getDay(), language.getLocale()) + ", "
                + u.session().getStartTime() + " – " + u.session().getActivity().getName()
                + (u.booking().getStatus() == BookingStatus.WAITING
                ? " (" + Feedback.text("booking.state.WAITING").toLowerCase(language.getLocale()) + ")"
                : p.price() == null ? "" : " – " + DisplayFormats.money(p.price().cents(), language.getLocale()));
    }
}
