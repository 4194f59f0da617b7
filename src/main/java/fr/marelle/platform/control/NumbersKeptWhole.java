package fr.marelle.platform.control;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents' line breaker: openhtmltopdf's own, except inside a short word made of digits and separators (a
 * document number 2026-CANT-000042, a date 02/05/2026, an amount, an article L.1617-5), which never breaks across
 * lines. One per rendering: it keeps the text it was given.
 */
final class NumbersKeptWhole implements FSTextBreaker {

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern NUMBER_LIKE = Pattern.compile("(?=.*\\d)(?=.*[-./:,\\u00A0\\u202F]).{2,40}");

    private final FSTextBreaker delegate = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.ROOT));
    private final List<int[]> kept = new ArrayList<>();

    @Override
    public void setText(String text) {
        delegate.setText(text);
        kept.clear();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (NUMBER_LIKE.matcher(word.group()).matches()) {
                kept.add(new int[]{word.start(), word.end()});
            }
        }
    }

    @Override
    public int next() {
        int at = delegate.next();
        while (at != BreakIterator.DONE && inside(at)) {
            at = delegate.next();
        }
        return at;
    }

    private boolean inside(int at) {
        for (int[] word : kept) {
            if (at > word[0] && at < word[1]) {
                return true;
            }
        }
        return false;
    }
}
