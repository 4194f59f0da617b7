package fr.marelle.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document the portal serves, held to what linters (Redocly, Spectral) and client generators need, so
 * that an operation added without its answers, its operationId or its types fails the build here, without npm.
 * It must also be the copy kept in {@code src/test/openapi/marelle-api.json}, from which the build generates the
 * Java client that {@link GeneratedClientIT} uses: when the API changes, refresh the copy (see {@link #COPY}).
 */
class OpenApiContractIT extends PortalITBase {

    /** The copy in the repository; the served document is saved beside the build's output on every run. */
    static final Path COPY = Path.of("src/test/openapi/marelle-api.json");
    private static final Path SERVED = Path.of("target/openapi/marelle-api.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private static JsonObject document;

    @BeforeAll
    static void fetch() throws IOException {
        HttpResponse<String> answer = Api.ok(Api.get("/openapi", "Accept", "application/json"));
        document = read(answer.body());
        Files.createDirectories(SERVED.getParent());
        // sorted and pretty, so that a refreshed copy shows its changes line by line in a diff
        StringWriter pretty = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(pretty).write(sorted(document));
        Files.writeString(SERVED, pretty.toString().strip() + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void theRepositoryCopyIsTheServedDocument() throws IOException {
        assertTrue(Files.isRegularFile(COPY), COPY + " is missing");
        assertTrue(read(Files.readString(COPY, StandardCharsets.UTF_8)).equals(document),
                "the API changed: review it, then refresh the copy the test client is generated from with"
                        + " 'cp " + SERVED + " " + COPY + "' (the document this run fetched)");
    }

    @Test
    void theYamlIsServedAsYaml() {
        HttpResponse<String> yaml = Api.ok(Api.get("/openapi"));
        assertEquals("application/yaml", Api.mediaType(yaml));
        assertTrue(yaml.body().contains("openapi: 3."), yaml.body().substring(0, Math.min(200, yaml.body().length())));
        assertEquals("application/yaml", Api.mediaType(Api.ok(Api.get("/openapi", "Accept", "application/yaml"))));
    }

    @Test
    void onlyOpenApiFieldsAtTheTop() {
        assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
        Set<String> unknown = new TreeSet<>(document.keySet());
        unknown.removeAll(Set.of("openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs"));
        unknown.removeIf(key -> key.startsWith("x-"));
        assertTrue(unknown.isEmpty(), "not OpenAPI fields (Payara's endpoints list?): " + unknown);
        document.getJsonArray("servers").forEach(server -> {
            String url = server.asJsonObject().getString("url");
            assertTrue(url.equals("/") || !url.endsWith("/"), "server URL with a trailing slash: " + url);
        });
    }

    @Test
    void operationIdsAreUniqueAndGiven() {
        Map<String, List<String>> byId = new HashMap<>();
        List<String> without = new ArrayList<>();
        operations((name, operation) -> {
            if (operation.containsKey("operationId")) {
                byId.computeIfAbsent(operation.getString("operationId"), id -> new ArrayList<>()).add(name);
            } else {
                without.add(name);
            }
        });
        assertTrue(without.isEmpty(), "operations without operationId: " + without);
        byId.values().removeIf(names -> names.size() == 1);
        assertTrue(byId.isEmpty(), "operationIds used twice (generators would make get_0, get_1…): " + byId);
    }

    @Test
    void pathsNameTheirParametersWithoutJaxRsPatterns() {
        List<String> failures = new ArrayList<>();
        document.getJsonObject("paths").keySet().stream().filter(path -> path.contains(":") || path.contains(" "))
                .forEach(failures::add);
        assertTrue(failures.isEmpty(), "paths with a JAX-RS pattern: " + failures);
    }

    @Test
    void everyOperationSaysWhatItAnswersOnSuccessTypedAndFirst() {
        List<String> failures = new ArrayList<>();
        operations((name, operation) -> {
            JsonObject responses = operation.getJsonObject("responses");
            List<String> codes = new ArrayList<>(responses.keySet());
            List<String> successes = codes.stream().filter(code -> code.startsWith("2")).toList();
            if (successes.isEmpty()) {
                failures.add(name + ": no 2xx answer");
                return;
            }
            if (!codes.get(0).startsWith("2")) {
                failures.add(name + ": answers listed before its success: " + codes);
            }
            if (codes.contains("default")) {
                failures.add(name + ": a 'default' answer (the scanner's, untyped)");
            }
            for (String code : successes) {
                JsonObject success = responses.getJsonObject(code);
                if (code.equals("204")) {
                    if (success.containsKey("content")) {
                        failures.add(name + ": 204 with a body");
                    }
                    continue;
                }
                JsonObject content = success.getJsonObject("content");
                if (content == null || content.isEmpty()) {
                    failures.add(name + ": " + code + " without media type (a client would ask only for problems: 406)");
                    continue;
                }
                content.forEach((type, media) -> {
                    if (type.contains(";")) {
                        failures.add(name + ": " + code + " media type with parameters: " + type);
                    }
                    if (type.equals("application/problem+json")) {
                        failures.add(name + ": " + code + " as a problem");
                    }
                    JsonObject schema = media.asJsonObject().getJsonObject("schema");
                    if (schema == null || schema.isEmpty()) {
                        failures.add(name + ": " + code + " " + type + " without a schema");
                    }
                });
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " operations:\n" + String.join("\n", failures));
    }

    @Test
    void everyErrorAnswerIsTheProblemSchema() {
        JsonObject problem = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertTrue(problem != null, "no Problem schema");
        assertTrue(problem.getJsonObject("properties").keySet().containsAll(Set.of("type", "title", "status", "detail", "errors")),
                problem.toString());
        List<String> failures = new ArrayList<>();
        operations((name, operation) -> operation.getJsonObject("responses").forEach((code, value) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                JsonObject content = value.asJsonObject().getJsonObject("content");
                if (content == null || !content.keySet().equals(Set.of("application/problem+json"))
                        || !"#/components/schemas/Problem".equals(ref(content.getJsonObject("application/problem+json")))) {
                    failures.add(name + " " + code + ": " + value);
                }
            }
        }));
        assertTrue(failures.isEmpty(), failures.size() + " error answers not typed as Problem:\n" + String.join("\n", failures));
    }

    @Test
    void openOperationsNeedNoSignInAndTheOthersDo() {
        JsonArray global = document.getJsonArray("security");
        assertTrue(global != null && !global.isEmpty(), "no global security requirement");
        List<String> open = new ArrayList<>();
        List<String> unauthorised = new ArrayList<>();
        operations((name, operation) -> {
            JsonArray security = operation.getJsonArray("security");
            if (security != null) {
                assertTrue(security.isEmpty(), name + ": security " + security + " (open: [], otherwise the global one)");
                open.add(name);
            } else if (!operation.getJsonObject("responses").containsKey("401")) {
                unauthorised.add(name);
            }
        });
        // the operations of SecurityMatrixIT's table open to anonymous callers, and no other
        assertEquals(new TreeSet<>(SecurityMatrixIT.openOperations()), new TreeSet<>(open));
        assertTrue(unauthorised.isEmpty(), "signed-in operations that do not document 401: " + unauthorised);
    }

    @Test
    void schemasSayTheirTypes() {
        List<String> failures = new ArrayList<>();
        schemas((where, schema) -> {
            String type = schema.getString("type", "");
            String name = where.substring(where.lastIndexOf('.') + 1);
            if (type.equals("object") && !schema.containsKey("properties") && !schema.containsKey("additionalProperties")) {
                failures.add(where + ": an object with nothing in it (a java.time value the scanner did not know?)");
            }
            if (type.equals("array") && !schema.containsKey("items")) {
                failures.add(where + ": an array without items");
            }
            if (type.equals("number") && (name.equals("id") || name.endsWith("Id") || name.endsWith("Cents"))) {
                failures.add(where + ": a number, not an integer");
            }
            if (type.equals("integer") && !schema.containsKey("format")) {
                failures.add(where + ": an integer without int32/int64");
            }
            for (String leftover : List.of("maxProperties", "minProperties", "maxLength", "maxItems")) {
                if (schema.containsKey(leftover) && schema.getJsonNumber(leftover).intValue() == 0) {
                    failures.add(where + ": " + leftover + ": 0 (an annotation default)");
                }
            }
            for (String leftover : List.of("exclusiveMaximum", "exclusiveMinimum", "uniqueItems", "nullable", "readOnly", "writeOnly")) {
                if (schema.get(leftover) == JsonValue.FALSE) {
                    failures.add(where + ": " + leftover + ": false (an annotation default)");
                }
            }
            boolean dates = type.equals("array") && schema.containsKey("items")
                    && schema.getJsonObject("items").getString("type", "").equals("string");
            if ((name.endsWith("On") || name.equals("day") || name.endsWith("Day") || name.endsWith("Date"))
                    && !type.equals("string") && !dates && !schema.containsKey("$ref") && !where.contains("parameters")) {
                failures.add(where + ": a date that is not a string");
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " schemas:\n" + String.join("\n", failures));
    }

    @Test
    void parametersAreTyped() {
        List<String> failures = new ArrayList<>();
        operations((name, operation) -> {
            JsonArray parameters = operation.getJsonArray("parameters");
            for (JsonValue value : parameters == null ? JsonValue.EMPTY_JSON_ARRAY : parameters) {
                JsonObject parameter = value.asJsonObject();
                JsonObject schema = parameter.getJsonObject("schema");
                String parameterName = parameter.getString("name");
                if (schema == null) {
                    failures.add(name + " " + parameterName + ": no schema");
                } else if (schema.getString("type", "").equals("number")
                        && (parameterName.equals("id") || parameterName.endsWith("Id") || parameterName.equals("qid")
                        || parameterName.equals("pid"))) {
                    failures.add(name + " " + parameterName + ": a number, not an integer");
                }
            }
        });
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyOperationHasADescribedTag() {
        Map<String, String> tags = new HashMap<>();
        document.getJsonArray("tags").forEach(tag -> {
            String tagName = tag.asJsonObject().getString("name");
            assertFalse(tags.containsKey(tagName), "tag declared twice: " + tagName);
            tags.put(tagName, tag.asJsonObject().getString("description", ""));
        });
        tags.forEach((tagName, description) -> assertFalse(description.isBlank(), "tag without description: " + tagName));
        List<String> failures = new ArrayList<>();
        operations((name, operation) -> {
            JsonArray used = operation.getJsonArray("tags");
            if (used == null || used.isEmpty()) {
                failures.add(name + ": no tag");
            } else {
                used.getValuesAs(JsonString.class).stream().map(JsonString::getString).filter(t -> !tags.containsKey(t))
                        .forEach(t -> failures.add(name + ": undeclared tag " + t));
            }
        });
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void operations(BiConsumer<String, JsonObject> action) {
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                action.accept(method.toUpperCase() + " " + path, operation.asJsonObject());
            }
        }));
    }

    /** Every schema of the document, components and inline, with where it is (a dotted path). */
    private static void schemas(BiConsumer<String, JsonObject> action) {
        walk("", document, action, false);
    }

    private static void walk(String where, JsonValue value, BiConsumer<String, JsonObject> action, boolean isSchema) {
        if (value instanceof JsonObject object) {
            if (isSchema) {
                action.accept(where, object);
            }
            object.forEach((key, child) -> {
                if (key.equals("example") || key.equals("examples")) {
                    return;
                }
                boolean childIsSchema = key.equals("schema") || key.equals("items") || key.equals("additionalProperties")
                        || where.endsWith(".properties") || where.equals(".components.schemas");
                walk(where + "." + key, child, action, childIsSchema && child instanceof JsonObject);
            });
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                boolean composed = where.endsWith(".allOf") || where.endsWith(".anyOf") || where.endsWith(".oneOf");
                walk(where + "[" + i + "]", array.get(i), action, composed);
            }
        }
    }

    /** Members in name order: Payara's order changes from one start to the next, the copy's does not. */
    private static JsonValue sorted(JsonValue value) {
        if (value instanceof JsonObject object) {
            var builder = Json.createObjectBuilder();
            new java.util.TreeMap<>(object).forEach((key, member) -> builder.add(key, sorted(member)));
            return builder.build();
        }
        if (value instanceof JsonArray array) {
            var builder = Json.createArrayBuilder();
            array.forEach(item -> builder.add(sorted(item)));
            return builder.build();
        }
        return value;
    }

    private static String ref(JsonObject media) {
        JsonObject schema = media.getJsonObject("schema");
        return schema == null ? null : schema.getString("$ref", null);
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
