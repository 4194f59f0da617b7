package fr.marelle.platform.boundary;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The messages below are shaped as Yasson's (the JSON-B of Payara), which the problem must never repeat. */
class JsonBodyProblemTest {

    private static JsonbException nested(String innermost, String... properties) {
        JsonbException e = new JsonbException(innermost);
        String message = innermost;
        for (int i = properties.length - 1; i >= 0; i--) {
            message = "Unable to deserialize property '" + properties[i] + "' because of: " + message;
            e = new JsonbException(message, e);
        }
        return e;
    }

    @Test
    void anUnknownPropertyIsNamedWithoutItsClass() {
        JsonBodyProblem.Explanation p = JsonBodyProblem.of(new JsonbException(
                "Json property roles can not be mapped to a class class fr.marelle.identity.boundary.AccountsResource$RegistrationJson."),
                Locale.ENGLISH);
                assertEquals("roles", p.errors().get(0).field());
        assertEquals("This field does not exist for this operation.", p.errors().get(0).message());
        assertFalse(p.detail().contains("fr.marelle"), p.detail());
    }

    @Test
    void aNestedPropertyGivesItsPathAndTheRuleFromItsType() {
        JsonBodyProblem.Explanation p = JsonBodyProblem.of(nested("Error deserialize JSON value into type: long.", "allocations", "amountCents"),
                Locale.FRENCH);
        assertEquals("allocations.amountCents", p.errors().get(0).field());
        assertEquals("Un nombre entier est attendu.", p.errors().get(0).message());
    }

    @Test
    void theStrictReadersGiveTheirOwnRule() {
        JsonbException e = new JsonbException("Unable to deserialize property 'termsAccepted' because of: true or false was expected",
                new StrictJson.WrongType("problem.json.boolean", "true or false was expected"));
        JsonBodyProblem.Explanation p = JsonBodyProblem.of(e, Locale.FRENCH);
        assertEquals("termsAccepted", p.errors().get(0).field());
        assertEquals("true ou false est attendu.", p.errors().get(0).message());
    }

    @Test
    void enumsAndDatesHaveTheirRule() {
        assertEquals("problem.json.choice", JsonBodyProblem.ruleKey(new IllegalArgumentException(),
                "No enum constant fr.marelle.billing.entity.PaymentMeans.BITCOIN"));
        assertEquals("problem.json.date", JsonBodyProblem.ruleKey(new IllegalArgumentException(),
                "Error parsing class java.time.LocalDate from value: 12/03"));
        assertEquals("problem.json.type", JsonBodyProblem.ruleKey(new IllegalArgumentException(), "something else"));
    }

    @Test
    void aNameThatIsNotAPlainJsonNameIsNotRepeated() {
        assertNull(JsonBodyProblem.field("Json property <script> can not be mapped to a class X"));
        assertNull(JsonBodyProblem.field("no property here"));
    }

    @Test
    void aSyntaxErrorSaysWhere() {
        JsonBodyProblem.Explanation p = JsonBodyProblem.of(new jakarta.json.stream.JsonParsingException("Unexpected char 34 at (line no=1, column no=11)",
                new Location(1, 11)), Locale.ENGLISH);
        assertEquals("The body is not well-formed JSON (line 1, column 11).", p.detail());
        assertNull(p.errors());
    }

    private record Location(long line, long column) implements jakarta.json.stream.JsonLocation {
        public long getLineNumber() { return line; }
        public long getColumnNumber() { return column; }
        public long getStreamOffset() { return -1; }
    }
}
