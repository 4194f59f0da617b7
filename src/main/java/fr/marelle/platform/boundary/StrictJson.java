package fr.marelle.platform.boundary;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;

/**
 * JSON-B for the API: unknown properties in a request are an error, not silently ignored, and
 * so are values of the wrong JSON type (Yasson alone would turn {@code 42} or {@code ["a"]}
 * into the text "42" or "a", and {@code "yes-please"} or {@code 1} into {@code false}).
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withDeserializers(new StrictString(), new StrictBoolean())
            .withNullValues(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** A value of the wrong JSON type, with the rule to tell the client (see {@link JsonBodyProblem}). */
    static final class WrongType extends JsonbException {
        final String ruleKey;

        WrongType(String ruleKey, String message) {
            super(message);
            this.ruleKey = ruleKey;
        }
    }

    /** Only a JSON string (or null) is a text. */
    static final class StrictString implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new WrongType("problem.json.text", "a text (JSON string) was expected, not " + value.getValueType());
            }
            return ((JsonString) value).getString();
        }
    }

    /** Only JSON true or false (or null) is a yes/no value. */
    static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return switch (parser.getValue().getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new WrongType("problem.json.boolean", "true or false was expected");
            };
        }
    }
}
