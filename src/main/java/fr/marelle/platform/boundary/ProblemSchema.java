package fr.marelle.platform.boundary;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.List;

/**
 * The schema of every error answer: an RFC 9457 problem with the portal's {@code errors} (one entry per invalid
 * field) and the members some refusals add, read from {@link Problem}'s subclasses (a booking's {@code rule} and
 * {@code deadline}, …) and from the filters that answer before JAX-RS (terms to accept, maintenance).
 */
final class ProblemSchema {

    private ProblemSchema() {
    }

    static Schema of(ApiClassIndex index) {
        Schema fieldError = object("One invalid field of the request")
                .addProperty("field", string("The field, as named in the request body or parameters"))
                .addProperty("message", string("What is wrong, in the language of Accept-Language"))
                .required(List.of("field", "message"));
        Schema problem = object("An error (RFC 9457 problem details), title and detail translated (Accept-Language)."
                + " Some refusals add members: those listed here; clients ignore the others.")
                .addProperty("type", string("A URI reference identifying the problem type; about:blank for all of"
                        + " the portal's problems so far").format("uri-reference").defaultValue("about:blank"))
                .addProperty("title", string("A short summary of the problem, in the language asked for"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code").minimum(java.math.BigDecimal.valueOf(100))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", string("An explanation of this occurrence, in the language asked for"))
                .addProperty("instance", string("A URI reference identifying this occurrence").format("uri-reference"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("Bad input: one entry per invalid field"))
                .addProperty("termsToAccept", object("403 to a family that has not accepted the terms of use in force")
                        .addProperty("version", string("The version to accept"))
                        .addProperty("url", string("Where to read it").format("uri")))
                .addProperty("endsAt", string("503 during a maintenance: its announced end").format("date-time"))
                .required(List.of("status", "title", "type"))
                .additionalPropertiesBoolean(Boolean.TRUE);
        index.classes()
                .filter(c -> Problem.class.isAssignableFrom(c) && c != Problem.class)
                .sorted(Comparator.comparing(Class::getName))
                .flatMap(c -> java.util.Arrays.stream(c.getDeclaredFields()))
                .filter(f -> Modifier.isPublic(f.getModifiers()) && !Modifier.isStatic(f.getModifiers()))
                .forEach(f -> problem.addProperty(f.getName(), extension(f)));
        return problem;
    }

    private static Schema extension(Field field) {
        var described = field.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        Schema schema = OASFactory.createSchema().description("Added by " + field.getDeclaringClass().getSimpleName()
                + (described != null && !described.description().isEmpty() ? ": " + described.description() : ""));
        if (described != null && described.type() != SchemaType.DEFAULT) {
            schema.setType(Schema.SchemaType.valueOf(described.type().name()));
        } else {
            schema.setType(Schema.SchemaType.STRING);
            JavaSchemas.describe(schema, field.getGenericType());
        }
        return schema;
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }
}
