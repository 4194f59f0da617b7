package fr.marelle.platform.boundary;

import fr.marelle.platform.control.Messages;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that could not be read as the operation's JSON, told in the reader's language: the field
 * (its JSON path) and the rule it breaks, never the parser's own words, which name Java classes
 * ("…can not be mapped to a class fr.marelle…$RegistrationJson").
 * <p>The field comes from the JSON-B (Yasson) messages, the only place it is given: each object level wraps the
 * error as "Unable to deserialize property 'x' because of: …", an unknown property is "Json property x can not
 * be mapped…".
 */
final class JsonBodyProblem {

    private static final Pattern PROPERTY = Pattern.compile("deserialize property '([^']{1,100})'");
    private static final Pattern UNKNOWN = Pattern.compile("Json property (\\S{1,100}) can not be mapped");
    private static final Pattern MISSING = Pattern.compile("JsonbCreator parameter (\\S{1,100}) is missing");
    private static final Pattern NUMBER_TYPE = Pattern.compile(
            "(?i)\\b(int|long|short|byte|double|float|Integer|Long|Short|Byte|Double|Float|BigDecimal|BigInteger|Number)\\b"
                    + "|NumberFormatException|For input string|not a JsonNumber|ArithmeticException");
    private static final Pattern DATE_TYPE = Pattern.compile("java\\.time\\.|DateTimeParseException|Error parsing");
    /** What a field name may show: a JSON name, so letters, digits and a few separators. */
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_$-]{1,100}");

    /** The 400 problem's title, detail and field errors. */
    record Explanation(String title, String detail, List<Problem.FieldError> errors) {
        Problem toProblem() {
            return new Problem(400, title, detail, errors);
        }
    }

    private JsonBodyProblem() {
    }

    static Explanation of(Throwable e, Locale locale) {
        String title = Messages.text(locale, "problem.unreadable");
        JsonParsingException syntax = causeOfType(e, JsonParsingException.class);
        if (syntax != null) {
            JsonLocation at = syntax.getLocation();
            String detail = at == null || at.getLineNumber() < 0 ? Messages.text(locale, "problem.json.syntax")
                    : Messages.text(locale, "problem.json.syntaxAt", at.getLineNumber(), at.getColumnNumber());
            return new Explanation(title, detail, null);
        }
        String messages = messages(e);
        String rule = Messages.text(locale, ruleKey(e, messages));
        String field = field(outermostNaming(e));
        return new Explanation(title, rule, field == null ? null : List.of(new Problem.FieldError(field, rule)));
    }

    /** The JSON path of the field at fault ("allocations.amountCents"), or null when the body as a whole is. */
    static String field(String messages) {
        List<String> path = new ArrayList<>();
        Matcher property = PROPERTY.matcher(messages);
        while (property.find()) {
            path.add(property.group(1));
        }
        for (Pattern named : List.of(UNKNOWN, MISSING)) {
            Matcher m = named.matcher(messages);
            if (m.find()) {
                path.add(m.group(1));
                break;
            }
        }
        if (path.isEmpty() || !path.stream().allMatch(p -> SAFE_NAME.matcher(p).matches())) {
            return null;
        }
        return String.join(".", path);
    }

    static String ruleKey(Throwable e, String messages) {
        StrictJson.WrongType wrongType = causeOfType(e, StrictJson.WrongType.class);
        if (wrongType != null) {
            return wrongType.ruleKey;
        }
        if (UNKNOWN.matcher(messages).find()) {
            return "problem.json.unknown";
        }
        if (MISSING.matcher(messages).find()) {
            return "problem.json.required";
        }
        if (messages.contains("No enum constant")) {
            return "problem.json.choice";
        }
        if (DATE_TYPE.matcher(messages).find()) {
            return "problem.json.date";
        }
        if (NUMBER_TYPE.matcher(messages).find()) {
            return "problem.json.number";
        }
        return "problem.json.type";
    }

    /** The first message of the cause chain that names a property: it holds the whole path, each level's own. */
    private static String outermostNaming(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (PROPERTY.matcher(m).find() || UNKNOWN.matcher(m).find() || MISSING.matcher(m).find())) {
                return m;
            }
        }
        return "";
    }

    /** Every message of the cause chain, one per line (read here, never sent). */
    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return b.toString();
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
