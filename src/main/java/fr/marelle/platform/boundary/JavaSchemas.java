package fr.marelle.platform.boundary;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Java type says that Payara's scanner leaves out: it writes every {@code long} as {@code number} and a
 * {@code LocalDate} as an empty {@code object}, and knows no record component is ever absent. These methods set a
 * schema from the Java type it was made from (JSON-B's format: ISO-8601 strings for java.time).
 */
final class JavaSchemas {

    private JavaSchemas() {
    }

    /** Sets type, format and enum of a schema from its Java type; a schema that references another is left alone. */
    static void describe(Schema schema, Type javaType) {
        if (schema == null || javaType == null || schema.getRef() != null) {
            return;
        }
        Class<?> raw = raw(javaType);
        if (raw == null) {
            return;
        }
        if (raw == long.class || raw == Long.class) {
            scalar(schema, Schema.SchemaType.INTEGER, "int64");
        } else if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            scalar(schema, Schema.SchemaType.INTEGER, "int32");
        } else if (raw == byte[].class) {
            scalar(schema, Schema.SchemaType.STRING, "binary");
        } else if (raw == LocalDate.class) {
            scalar(schema, Schema.SchemaType.STRING, "date");
        } else if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            scalar(schema, Schema.SchemaType.STRING, "date-time");
        } else if (raw == LocalDateTime.class) {
            // no offset: not an RFC 3339 date-time
            scalar(schema, Schema.SchemaType.STRING, "local-date-time");
        } else if (raw == LocalTime.class) {
            // JSON Schema's "time" wants an offset; a time of day in Paris has none
            scalar(schema, Schema.SchemaType.STRING, null);
            schema.setPattern("^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
        } else if (raw == YearMonth.class) {
            scalar(schema, Schema.SchemaType.STRING, null);
            schema.setPattern("^\\d{4}-\\d{2}$");
        } else if (raw == Duration.class) {
            scalar(schema, Schema.SchemaType.STRING, "duration");
        } else if (raw.isEnum()) {
            scalar(schema, Schema.SchemaType.STRING, null);
            if (schema.getEnumeration() == null || schema.getEnumeration().isEmpty()) {
                schema.setEnumeration(Arrays.stream(raw.getEnumConstants()).map(c -> (Object) ((Enum<?>) c).name()).toList());
            }
        } else if (Map.class.isAssignableFrom(raw) && schema.getType() == Schema.SchemaType.OBJECT
                && schema.getProperties() == null && schema.getAdditionalPropertiesSchema() == null) {
            schema.setAdditionalPropertiesBoolean(Boolean.TRUE);
        } else if (Collection.class.isAssignableFrom(raw) && javaType instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            Class<?> elementClass = raw(element);
            schema.setType(Schema.SchemaType.ARRAY);
            schema.setProperties(null);
            boolean scalarElement = elementClass != null && (elementClass == String.class || elementClass.isEnum()
                    || Number.class.isAssignableFrom(elementClass) || elementClass.getName().startsWith("java.time."));
            if (schema.getItems() == null || scalarElement && schema.getItems().getRef() == null) {
                // an @Schema on a List<String> gives its items the list's own type (array)
                schema.setItems(OASFactory.createSchema().type(elementClass == String.class ? Schema.SchemaType.STRING : null));
            }
            describe(schema.getItems(), element);
        }
    }

    /**
     * The schema of a Java type as JSON-B writes it, for an answer the scanner left untyped (a method that returns its
     * body but documents other answers): the portal's classes become component schemas, referenced.
     */
    static Schema schemaOf(Type javaType, Map<String, Schema> components) {
        Class<?> raw = raw(javaType);
        Schema schema = OASFactory.createSchema();
        if (raw == null || raw == Object.class) {
            return schema;
        }
        if (raw == String.class) {
            return schema.type(Schema.SchemaType.STRING);
        }
        if (raw == byte[].class) {
            return schema.type(Schema.SchemaType.STRING).format("binary");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return schema.type(Schema.SchemaType.BOOLEAN);
        }
        if (Number.class.isAssignableFrom(raw) && !(raw == Long.class || raw == Integer.class || raw == Short.class)) {
            return schema.type(Schema.SchemaType.NUMBER);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type value = javaType instanceof ParameterizedType generic ? generic.getActualTypeArguments()[1] : Object.class;
            return schema.type(Schema.SchemaType.OBJECT).additionalPropertiesSchema(schemaOf(value, components));
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray() && raw != byte[].class) {
            // element of a List<X> or an X[]
            Type element = raw.isArray() ? raw.getComponentType()
                    : javaType instanceof ParameterizedType generic ? generic.getActualTypeArguments()[0] : Object.class;
            return schema.type(Schema.SchemaType.ARRAY).items(schemaOf(element, components));
        }
        if (raw.isPrimitive() || raw.isEnum() || raw.getName().startsWith("java.")) {
            describe(schema, javaType);
            return schema;
        }
        String name = ApiClassIndex.schemaName(raw);
        if (!components.containsKey(name)) {
            Schema component = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
            components.put(name, component);
            properties(raw).forEach((property, type) -> component.addProperty(property, schemaOf(type, components)));
            List<String> required = alwaysPresent(raw);
            component.setRequired(required.isEmpty() ? null : required);
        }
        return ref(name);
    }

    /** The properties of a class as JSON-B writes them: record components, or its non-static fields. */
    static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                properties.put(component.getName(), component.getGenericType());
            }
            return properties;
        }
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        for (Class<?> c : chain) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    properties.put(field.getName(), field.getGenericType());
                }
            }
        }
        return properties;
    }

    /** Properties always present in an answer: a record's primitive components (JSON-B leaves out only nulls). */
    static List<String> alwaysPresent(Class<?> type) {
        if (!type.isRecord()) {
            return List.of();
        }
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getType().isPrimitive())
                .map(RecordComponent::getName).sorted().toList();
    }

    /** Payara's model answers an empty map, not null, for a schema without properties. */
    static boolean hasProperties(Schema schema) {
        return schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty();
    }

    /** A class of the portal (or a list of them): its schema is a component of its own. */
    static boolean isPortalClass(Type type) {
        Class<?> raw = raw(type);
        if (raw != null && Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
            return isPortalClass(generic.getActualTypeArguments()[0]);
        }
        return raw != null && raw.getName().startsWith("fr.marelle.") && !raw.isEnum();
    }

    /** An enum without its type, an object without its type: the type they have. */
    static void inferType(Schema schema) {
        if (schema.getType() == null && schema.getRef() == null) {
            if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
                schema.setType(Schema.SchemaType.STRING);
            } else if (hasProperties(schema)) {
                schema.setType(Schema.SchemaType.OBJECT);
            }
        }
    }

    /** Does the schema list exactly these properties? (to tell apart classes of one simple name) */
    static boolean sameProperties(Schema schema, Class<?> type) {
        return hasProperties(schema) && schema.getProperties().keySet().equals(properties(type).keySet());
    }

    /** Unsets what Payara writes for every annotation member left at its default (maxProperties: 0, …). */
    static void dropAnnotationDefaults(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxLength())) {
            schema.setMaxLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxItems())) {
            schema.setMaxItems(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
    }

    /**
     * An example of an object or a list written in an annotation is a string of JSON: given as the value it shows.
     */
    static void exampleAsValue(Schema schema) {
        if (schema.getExample() instanceof String text
                && (schema.getType() == Schema.SchemaType.OBJECT || schema.getType() == Schema.SchemaType.ARRAY)) {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
                schema.setExample(plain(reader.readValue()));
            } catch (RuntimeException e) {
                schema.setExample(null);
            }
        }
    }

    private static Object plain(jakarta.json.JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case ARRAY -> value.asJsonArray().stream().map(JavaSchemas::plain).toList();
            case STRING -> ((jakarta.json.JsonString) value).getString();
            case NUMBER -> ((jakarta.json.JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    /** Every schema inside this one (properties, items, compositions), this one first. */
    static void walk(Schema schema, java.util.function.Consumer<Schema> action) {
        walk(schema, action, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static void walk(Schema schema, java.util.function.Consumer<Schema> action, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        action.accept(schema);
        if (hasProperties(schema)) {
            schema.getProperties().values().forEach(s -> walk(s, action, seen));
        }
        walk(schema.getItems(), action, seen);
        walk(schema.getNot(), action, seen);
        if (schema.getAdditionalPropertiesSchema() != null) {
            walk(schema.getAdditionalPropertiesSchema(), action, seen);
        }
        for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(s -> walk(s, action, seen));
            }
        }
    }

    static Schema ref(String componentName) {
        return OASFactory.createSchema().ref("#/components/schemas/" + componentName);
    }

    private static void scalar(Schema schema, Schema.SchemaType type, String format) {
        schema.setType(type);
        schema.setFormat(format);
        schema.setProperties(null);
        schema.setItems(null);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
