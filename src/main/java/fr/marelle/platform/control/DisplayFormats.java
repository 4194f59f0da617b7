package fr.marelle.platform.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;

/**
 * How the portal writes dates, times, periods, months, weeks, money and phone numbers for people,
 * in French or English, on pages and in mails alike. Instants are always shown in Europe/Paris,
 * whatever offset the database or the JVM gave them. Blank for null, so that pages need no tests.
 */
public final class DisplayFormats {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String HOME_REGION = "FR";

    /** One set of patterns per language. */
    private record Patterns(DateTimeFormatter date, DateTimeFormatter longDate, DateTimeFormatter dayMonth,
                            DateTimeFormatter weekday, DateTimeFormatter month, DateTimeFormatter time,
                            String dateTimeJoin, String periodKey, String weekKey) {
    }

    private static final Patterns FRENCH = new Patterns(
            DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH),
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH),
            DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH),
            DateTimeFormatter.ofPattern("EEE d MMM", Locale.FRENCH),
            DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH),
            DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH),
            " à ", "du %s au %s", "semaine du %s");
    private static final Patterns ENGLISH = new Patterns(
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH),
            " at ", "%s – %s", "week of %s");

    private DisplayFormats() {
    }

    private static Patterns of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }

    /** "25/10/2018" / "25 Oct 2018". */
    public static String date(LocalDate day, Locale locale) {
        return day == null ? "" : of(locale).date().format(day);
    }

    /** "lundi 14 décembre 2026" / "Monday 14 December 2026", lower case in French as mid-sentence. */
    public static String longDate(LocalDate day, Locale locale) {
        return day == null ? "" : of(locale).longDate().format(day);
    }

    /** "lundi 14 décembre" / "Monday 14 December". */
    public static String dayMonth(LocalDate day, Locale locale) {
        return day == null ? "" : of(locale).dayMonth().format(day);
    }

    /** "lun. 14 déc." / "Mon 14 Dec", for tight columns. */
    public static String shortDay(LocalDate day, Locale locale) {
        return day == null ? "" : of(locale).weekday().format(day);
    }

    /** "novembre 2026" / "November 2026". */
    public static String month(YearMonth month, Locale locale) {
        return month == null ? "" : of(locale).month().format(month);
    }

    /** "semaine du 30 novembre 2026" / "week of 30 November 2026", from any day of that week's first day given. */
    public static String week(LocalDate firstDay, Locale locale) {
        return firstDay == null ? "" : String.format(of(locale).weekKey(), dayMonthYear(firstDay, locale));
    }

    /** "du 01/01/2026 au 31/12/2026" / "1 Jan 2026 – 31 Dec 2026"; an open end is shown as the start alone. */
    public static String period(LocalDate from, LocalDate to, Locale locale) {
        if (from == null || to == null) {
            return date(from == null ? to : from, locale);
        }
        return String.format(of(locale).periodKey(), date(from, locale), date(to, locale));
    }

    /** "14:05" in Paris. */
    public static String time(TemporalAccessor instant, Locale locale) {
        ZonedDateTime paris = paris(instant);
        return paris == null ? "" : of(locale).time().format(paris);
    }

    /** "05/12/2026 00:30" / "5 Dec 2026 00:30": an instant in Paris time, for lists. */
    public static String dateTime(TemporalAccessor instant, Locale locale) {
        ZonedDateTime paris = paris(instant);
        return paris == null ? "" : date(paris.toLocalDate(), locale) + " " + of(locale).time().format(paris);
    }

    /** "samedi 5 décembre 2026 à 00:30" / "Saturday 5 December 2026 at 00:30": an instant in Paris time, in a sentence. */
    public static String longDateTime(TemporalAccessor instant, Locale locale) {
        ZonedDateTime paris = paris(instant);
        return paris == null ? "" : longDate(paris.toLocalDate(), locale) + of(locale).dateTimeJoin() + of(locale).time().format(paris);
    }

    /** "74,00 €" / "€74.00" (plain spaces, as mails and PDFs have always had them). */
    public static String money(long cents, Locale locale) {
        return money(BigDecimal.valueOf(cents, 2), locale);
    }

    public static String money(BigDecimal euros, Locale locale) {
        if (euros == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(of(locale) == ENGLISH ? Locale.UK : Locale.FRANCE);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(euros).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** "06 12 34 56 78" for a French number, "+44 20 7946 0958" for another; what was stored when it is no number. */
    public static String phone(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        try {
            PhoneNumber number = PHONES.parse(stored, HOME_REGION);
            boolean french = HOME_REGION.equals(PHONES.getRegionCodeForNumber(number));
            return PHONES.format(number, french ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                    : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return stored;
        }
    }

    /**
     * "de Léa" but "d’Emma", "d’Hugo": the French preposition before a name, elided before a vowel or
     * an h (most first names with an h are elided: "d’Hélène"); English "of Emma".
     */
    public static String ofName(String name, Locale locale) {
        if (name == null || name.isBlank()) {
            return "";
        }
        if (of(locale) == ENGLISH) {
            return "of " + name;
        }
        return (elides(name) ? "d’" : "de ") + name;
    }

    /** Whether French elides "de", "le", "que" before this word. */
    public static boolean elides(String word) {
        if (word == null || word.isBlank()) {
            return false;
        }
        char first = Character.toLowerCase(java.text.Normalizer.normalize(word.strip().substring(0, 1),
                java.text.Normalizer.Form.NFD).charAt(0));
        return "aeiouyh".indexOf(first) >= 0;
    }

    /** The first letter in upper case, for a text that starts a sentence or a cell ("Lundi 14 décembre"). */
    public static String capitalised(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** "30 novembre 2026" / "30 November 2026", for "du …", "semaine du …". */
    public static String dayMonthYear(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", of(locale) == ENGLISH ? Locale.ENGLISH : Locale.FRENCH).format(day);
    }

    /** The instant in Paris; a date-time without offset is taken as already in Paris. */
    private static ZonedDateTime paris(TemporalAccessor value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(ClockProducer.PARIS);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(ClockProducer.PARIS);
        }
        if (value instanceof Instant i) {
            return i.atZone(ClockProducer.PARIS);
        }
        if (value instanceof LocalDateTime l) {
            return l.atZone(ClockProducer.PARIS);
        }
        if (value instanceof LocalTime t) {
            return t.atDate(LocalDate.EPOCH).atZone(ClockProducer.PARIS);
        }
        throw new IllegalArgumentException("not an instant: " + value.getClass().getName());
    }
}
