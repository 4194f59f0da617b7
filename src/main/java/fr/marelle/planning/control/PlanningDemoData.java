package fr.marelle.planning.control;

import fr.marelle.planning.control.SessionPlanner.Pattern;
import fr.marelle.planning.entity.Activity;
import fr.marelle.planning.entity.ActivityType;
import fr.marelle.planning.entity.BookingWindow;
import fr.marelle.planning.entity.DeadlineRule;
import fr.marelle.planning.entity.PriceBand;
import fr.marelle.planning.entity.Site;
import fr.marelle.planning.entity.SchoolZone;
import fr.marelle.planning.entity.SiteKind;
import fr.marelle.platform.control.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

/**
 * The demo town's planning: its schools, leisure centre and hall; the school calendar; for the
 * school years of the town's zone around the portal's today ({@link #demoYears}), canteen, morning
 * and evening care at the three schools, the Wednesday leisure centre, the leisure centre of the
 * school holidays, a summer camp with a registration window and a weekly judo class, with
 * realistic deadlines and family-quotient price grids.
 */
@ApplicationScoped
public class PlanningDemoData implements DemoData {

    private static final Logger LOG = Logger.getLogger(PlanningDemoData.class.getName());
    private static final Set<DayOfWeek> SCHOOL_WEEK = EnumSet.of(MONDAY, TUESDAY, THURSDAY, FRIDAY);
    private static final LocalTime TEN = LocalTime.of(10, 0);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PlanningCalendar calendar;

    @Inject
    Activities activities;

    @Inject
    Sessions sessions;

    @Inject
    PriceGrids prices;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        long begin = System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Site julesFerry = persist(new Site("École Jules-Ferry", SiteKind.SCHOOL, "12 rue des Écoles", now));
        Site louiseMichel = persist(new Site("École Louise-Michel", SiteKind.SCHOOL, "3 avenue de la République", now));
        Site tilleuls = persist(new Site("École maternelle Les Tilleuls", SiteKind.SCHOOL, "8 allée des Tilleuls", now));
        Site centre = persist(new Site("Centre de loisirs La Marelle", SiteKind.LEISURE_CENTRE, "1 chemin du Parc", now));
        Site hall = persist(new Site("Salle des fêtes", SiteKind.ROOM, "Place de la Mairie", now));

        calendar.importShippedIfMissing();
        SchoolCalendar cal = calendar.load();
        LocalDate today = LocalDate.now(clock);
        List<SchoolCalendar.Year> years = demoYears(cal, calendar.zone(), today);
        SchoolCalendar.Year year = years.stream().filter(y -> !y.lastDay().isBefore(today)).findFirst().orElse(years.get(years.size() - 1));
        LocalDate from = years.get(0).firstDay();
        LocalDate to = year.lastDay();

        DeadlineRule canteenBook = DeadlineRule.calendarDays(7, TEN);
        DeadlineRule canteenCancel = DeadlineRule.workingDays(2, TEN);
        DeadlineRule careRule = DeadlineRule.workingDays(1, TEN);
        for (Site school : List.of(julesFerry, louiseMichel, tilleuls)) {
            boolean maternelle = school == tilleuls;
            String shortName = school.getName().replace("École maternelle ", "").replace("École ", "");
            Activity canteen = activity("Restauration scolaire – " + shortName, ActivityType.CANTEEN, school, "PERISCOLAIRE",
                    null, null, false, false, false, LocalTime.of(11, 30), LocalTime.of(13, 30), maternelle ? 60 : 120,
                    null, canteenBook, canteenCancel);
            schoolDays(canteen, years, SCHOOL_WEEK);
            prices.add(canteen.getId(), grid(from, 10, 500, null,
                    band(0, 450, 110, 250), band(451, 750, 230, 380), band(751, 1100, 340, 480), band(1101, null, 460, 600)));

            Activity morning = activity("Accueil du matin – " + shortName, ActivityType.MORNING_CARE, school, "PERISCOLAIRE",
                    null, null, false, false, false, LocalTime.of(7, 30), LocalTime.of(8, 20), 30,
                    null, careRule, careRule);
            schoolDays(morning, years, SCHOOL_WEEK);
            prices.add(morning.getId(), grid(from, 0, null, 350,
                    band(0, 450, 80, 150), band(451, 750, 130, 210), band(751, 1100, 180, 260), band(1101, null, 230, 310)));

            Activity evening = activity("Accueil du soir – " + shortName, ActivityType.EVENING_CARE, school, "PERISCOLAIRE",
                    null, null, false, false, false, LocalTime.of(16, 30), LocalTime.of(18, 30), 45,
                    null, careRule, careRule);
            schoolDays(evening, years, SCHOOL_WEEK);
            prices.add(evening.getId(), grid(from, 0, null, 450,
                    band(0, 450, 120, 220), band(451, 750, 190, 300), band(751, 1100, 260, 380), band(1101, null, 330, 450)));
        }

        Activity wednesday = activity("Mercredis au centre de loisirs", ActivityType.WEDNESDAY_CENTRE, centre, "LOISIRS",
                3, 11, false, false, true, LocalTime.of(8, 30), LocalTime.of(17, 30), 60, null,
                DeadlineRule.weekdayOfPreviousWeek(THURSDAY, LocalTime.NOON), DeadlineRule.weekdayOfPreviousWeek(THURSDAY, LocalTime.NOON));
        // supervision ratios differ with age: places kept for the youngest and the older children
        activities.changeAgeGroups(wednesday.getId(), List.of(new fr.marelle.planning.entity.AgeGroup("3-5 ans", 3, 5, 24),
                new fr.marelle.planning.entity.AgeGroup("6-11 ans", 6, 11, 36)));
        schoolDays(wednesday, years, EnumSet.of(WEDNESDAY));
        prices.add(wednesday.getId(), grid(from, 10, 1500, null,
                band(0, 450, 450, 1200), band(451, 750, 800, 1600), band(751, 1100, 1200, 2000), band(1101, null, 1600, 2400)));

        // the leisure centre opens every weekday of the school holidays, booked by the week before
        Activity holidays = activity("Vacances au centre de loisirs", ActivityType.HOLIDAY_CENTRE, centre, "LOISIRS",
                3, 11, false, false, true, LocalTime.of(8, 30), LocalTime.of(17, 30), 80, null,
                DeadlineRule.weekdayOfPreviousWeek(THURSDAY, LocalTime.NOON), DeadlineRule.weekdayOfPreviousWeek(THURSDAY, LocalTime.NOON));
        activities.changeAgeGroups(holidays.getId(), List.of(new fr.marelle.planning.entity.AgeGroup("3-5 ans", 3, 5, 32),
                new fr.marelle.planning.entity.AgeGroup("6-11 ans", 6, 11, 48)));
        holidayDays(holidays, years);
        prices.add(holidays.getId(), grid(from, 10, 1500, null,
                band(0, 450, 450, 1200), band(451, 750, 800, 1600), band(751, 1100, 1200, 2000), band(1101, null, 1600, 2400)));

        // summer camp after this school year: registration 1-15 March, weekdays of the first three weeks of July
        int summer = to.getYear();
        BookingWindow registration = new BookingWindow(
                LocalDateTime.of(summer, 3, 1, 8, 0).atZone(BookingDeadlines.ZONE).toInstant(),
                LocalDateTime.of(summer, 3, 15, 23, 59).atZone(BookingDeadlines.ZONE).toInstant());
        Activity camp = activity("Séjour d’été à la montagne", ActivityType.HOLIDAY_CAMP, centre, "LOISIRS",
                6, 11, true, true, true, LocalTime.of(9, 0), LocalTime.of(17, 0), 24, registration,
                DeadlineRule.calendarDays(30, LocalTime.NOON), DeadlineRule.calendarDays(14, LocalTime.NOON));
        List<LocalDate> campDays = new ArrayList<>();
        for (LocalDate d = to.plusDays(3); d.isBefore(to.plusDays(24)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                campDays.add(d);
            }
        }
        sessions.generate(camp.getId(), new SessionPlanner.Request(Pattern.DATES, null, null, null, campDays, null, null, null));
        prices.add(camp.getId(), grid(from, 0, null, null,
                band(0, 450, 1500, 3500), band(451, 750, 2200, 3500), band(751, 1100, 2900, 3500), band(1101, null, 3500, 3500)));

        Activity judo = activity("Judo – école municipale des sports", ActivityType.WEEKLY_CLASS, hall, "SPORTS_CULTURE",
                6, 10, false, true, true, LocalTime.of(17, 0), LocalTime.of(18, 0), 16, null,
                DeadlineRule.dayOfPreviousMonth(20, LocalTime.of(18, 0)), DeadlineRule.hoursBefore(48));
        schoolDays(judo, years, EnumSet.of(TUESDAY));
        prices.add(judo.getId(), grid(from, 0, null, null,
                band(0, 750, 400, 700), band(751, null, 600, 700)));

        long millis = (System.nanoTime() - begin) / 1_000_000;
        LOG.info(() -> "Demo planning for the school years " + years.stream().map(SchoolCalendar.Year::label).toList()
                + " (zone " + year.zone() + ") loaded in " + millis + " ms");
    }

    private Site persist(Site site) {
        em.persist(site);
        return site;
    }

    private Activity activity(String name, ActivityType type, Site site, String regie, Integer minAge, Integer maxAge,
                              boolean residentsOnly, boolean registration, boolean waitingList, LocalTime start, LocalTime end,
                              int capacity, BookingWindow window, DeadlineRule book, DeadlineRule cancel) {
        em.flush();
        return activities.create(new ActivityForm(name, type, site.getId(), regie, minAge, maxAge, Set.of(), residentsOnly,
                registration, waitingList, start, end, capacity, window, book, cancel));
    }

    private void schoolDays(Activity activity, List<SchoolCalendar.Year> years, Set<DayOfWeek> days) {
        for (SchoolCalendar.Year y : years) {
            sessions.generate(activity.getId(), new SessionPlanner.Request(Pattern.SCHOOL_DAYS, y.firstDay(), y.lastDay(), days,
                    null, null, null, null));
        }
    }

    /** Weekdays of the holidays: from each demo year's first day to the next one's (the summer between included). */
    private void holidayDays(Activity activity, List<SchoolCalendar.Year> years) {
        for (int i = 0; i < years.size(); i++) {
            LocalDate end = i + 1 < years.size() ? years.get(i + 1).firstDay().minusDays(1) : years.get(i).lastDay();
            sessions.generate(activity.getId(), new SessionPlanner.Request(Pattern.HOLIDAY_DAYS, years.get(i).firstDay(), end,
                    EnumSet.range(MONDAY, FRIDAY), null, null, null, null));
        }
    }

    /**
     * The school years the demo needs, whatever day the portal runs as of: the one of the last two
     * months (past attendance, last month invoiced) and those to come, within the shipped calendar;
     * the latest one when the day is after it.
     */
    static List<SchoolCalendar.Year> demoYears(SchoolCalendar cal, SchoolZone zone, LocalDate today) {
        List<SchoolCalendar.Year> ofZone = cal.years().stream().filter(y -> y.zone() == zone)
                .sorted(Comparator.comparing(SchoolCalendar.Year::firstDay)).toList();
        if (ofZone.isEmpty()) {
            throw new IllegalStateException("the school calendar has no year for zone " + zone);
        }
        // a year ends before the summer: keep the one that ended up to the summer's length ago (last month's holidays)
        List<SchoolCalendar.Year> years = ofZone.stream().filter(y -> !y.lastDay().isBefore(today.minusDays(100))).toList();
        return years.isEmpty() ? List.of(ofZone.get(ofZone.size() - 1)) : years;
    }

    private static PriceGrids.GridForm grid(LocalDate from, int siblingPct, Integer unexcused, Integer unbooked, PriceBand... bands) {
        return new PriceGrids.GridForm(from, null, siblingPct, unexcused, unbooked, List.of(bands));
    }

    private static PriceBand band(int from, Integer to, int resident, int nonResident) {
        return new PriceBand(from, to, resident, nonResident);
    }
}
