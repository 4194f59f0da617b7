package fr.marelle.planning.control;

import fr.marelle.planning.entity.PriceBand;
import fr.marelle.planning.entity.PriceGrid;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prices of sessions from an activity's grids: which grid (by the session's date, so a new
 * year's prices never change past charges), which band of family quotient, resident or not,
 * sibling reduction, and the special prices of absences and presences without booking.
 * Pure rules on integer cents.
 */
public final class Prices {

    /** What is charged. */
    public enum Charge { BOOKED, UNEXCUSED_ABSENCE, EXCUSED_ABSENCE, UNBOOKED_PRESENCE }

    /** The price and how it was found. */
    public record Price(int cents, Charge charge, LocalDate gridFrom, int band, int qfFrom, Integer qfTo,
                        boolean quotientKnown, boolean resident, int bandCents, int reductionPct, boolean special) {

        /** In words, e.g. "Tranche 2 (QF 701 à 1 000 €), résident : 3,20 € ; réduction fratrie 10 % : 2,88 €". */
        public String explanation(Locale locale) {
            if (charge == Charge.EXCUSED_ABSENCE) {
                return Messages.text(locale, "price.explain.excused");
            }
            if (special) {
                return Messages.text(locale, "price.explain.special." + charge, money(cents, locale));
            }
            String range = qfTo == null ? Messages.text(locale, "price.band.from", qfFrom)
                    : Messages.text(locale, "price.band.range", qfFrom, qfTo);
            StringBuilder text = new StringBuilder(Messages.text(locale, "price.explain.band", band, range,
                    Messages.text(locale, resident ? "price.resident" : "price.nonResident"), money(bandCents, locale)));
            if (!quotientKnown) {
                text.append(Messages.text(locale, "price.explain.noQuotient"));
            }
            if (reductionPct > 0) {
                text.append(Messages.text(locale, "price.explain.sibling", reductionPct, money(cents, locale)));
            }
            if (charge != Charge.BOOKED) {
                text.append(Messages.text(locale, "price.explain.charge." + charge));
            }
            return text.toString();
        }
    }

    private Prices() {
    }

    /** The grid in force on a day, if any. */
    public static java.util.Optional<PriceGrid> gridOn(List<PriceGrid> grids, LocalDate day) {
        return grids.stream().filter(g -> g.covers(day)).findFirst();
    }

    /** The price of a session of that grid for that family and charge. */
    public static Price price(PriceGrid grid, FamilyPricing family, Charge charge) {
        List<PriceBand> bands = grid.getBands();
        PriceBand band = family.quotient() == null ? bands.get(bands.size() - 1)
                : bands.stream().filter(b -> b.contains(family.quotient())).findFirst().orElse(bands.get(bands.size() - 1));
        int bandCents = band.price(family.resident());
        int reduction = family.childRank() >= 2 ? grid.getSiblingReductionPct() : 0;
        int cents = reduced(bandCents, reduction);
        boolean special = false;
        switch (charge) {
            case EXCUSED_ABSENCE -> cents = 0;
            case UNEXCUSED_ABSENCE -> {
                if (grid.getUnexcusedAbsenceCents() != null) {
                    cents = grid.getUnexcusedAbsenceCents();
                    special = true;
                }
            }
            case UNBOOKED_PRESENCE -> {
                if (grid.getUnbookedPresenceCents() != null) {
                    cents = grid.getUnbookedPresenceCents();
                    special = true;
                }
            }
            case BOOKED -> { }
        }
        return new Price(cents, charge, grid.getValidFrom(), band.getPosition(), band.getQfFrom(), band.getQfTo(),
                family.quotient() != null, family.resident(), bandCents, special ? 0 : reduction, special);
    }

    /** A percentage off, rounded half up to the cent. */
    static int reduced(int cents, int pct) {
        return (int) ((cents * (100L - pct) + 50) / 100);
    }

    /** Checks a grid before it is saved: period, percentages, contiguous bands from 0 with an open last band. */
    public static List<Violation> check(LocalDate from, LocalDate to, int siblingReductionPct, Integer unexcused,
                                        Integer unbooked, List<PriceBand> bands) {
        List<Violation> v = new ArrayList<>();
        if (from == null) {
            v.add(Violation.of("validFrom", "price.validFromRequired"));
        } else if (to != null && to.isBefore(from)) {
            v.add(Violation.of("validTo", "price.endBeforeStart"));
        }
        if (siblingReductionPct < 0 || siblingReductionPct > 100) {
            v.add(Violation.of("siblingReductionPct", "price.pctRange"));
        }
        if ((unexcused != null && unexcused < 0) || (unbooked != null && unbooked < 0)) {
            v.add(Violation.of("bands", "price.negative"));
        }
        if (bands == null || bands.isEmpty()) {
            v.add(Violation.of("bands", "price.bandsRequired"));
            return v;
        }
        if (bands.get(0).getQfFrom() != 0) {
            v.add(Violation.of("bands", "price.firstFromZero"));
        }
        for (int i = 0; i < bands.size(); i++) {
            PriceBand b = bands.get(i);
            int n = i + 1;
            if (b.getResidentCents() < 0 || b.getNonResidentCents() < 0) {
                v.add(Violation.of("bands", "price.bandNegative", n));
            }
            if (b.getQfTo() != null && b.getQfTo() < b.getQfFrom()) {
                v.add(Violation.of("bands", "price.bandReversed", n));
            }
            if (i == bands.size() - 1) {
                if (b.getQfTo() != null) {
                    v.add(Violation.of("bands", "price.lastOpen", n));
                }
            } else if (b.getQfTo() == null) {
                v.add(Violation.of("bands", "price.onlyLastOpen", n));
            } else {
                int next = bands.get(i + 1).getQfFrom();
                if (next > b.getQfTo() + 1) {
                    v.add(Violation.of("bands", "price.gap", n, n + 1, b.getQfTo() + 1, next - 1));
                } else if (next <= b.getQfTo()) {
                    v.add(Violation.of("bands", "price.overlap", n, n + 1, next, b.getQfTo()));
                }
            }
        }
        return v;
    }

    /** Cents as the town writes money: "3,20 €" / "€3.20". */
    public static String money(int cents, Locale locale) {
        return money((long) cents, locale);
    }

    public static String money(long cents, Locale locale) {
        return fr.marelle.platform.control.DisplayFormats.money(cents, locale);
    }
}
