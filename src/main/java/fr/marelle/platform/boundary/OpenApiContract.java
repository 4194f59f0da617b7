package fr.marelle.platform.boundary;

import fr.marelle.identity.boundary.OpenOperation;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one place that completes the OpenAPI document Payara's scanner makes from the resources' annotations, so that
 * linters (Redocly, Spectral) and client generators accept it (registered as {@code mp.openapi.filter} in
 * META-INF/microprofile-config.properties). What it adds is read from the code, never kept in a second copy:
 * every operation gets its success answer with the real media types (the scanner's "default" answer becomes 200,
 * a {@code void} method 204, a file its {@code @Produces} type), every error answer the one {@code Problem} schema
 * (RFC 9457 and the members the portal adds), {@code @OpenOperation}s {@code security: []}, ids {@code integer}
 * and java.time values ISO-8601 strings with their format (from the Java types), the JAX-RS pattern of a path
 * moves into its parameter, and annotation defaults the scanner leaks ({@code maxProperties: 0}, …) go.
 * OpenApiContractIT checks the result on every build.
 */
public class OpenApiContract implements OASFilter {

    static final String PROBLEM = "Problem";
    /** The API families of web.xml's security constraints: who else is refused with 403. */
    private static final Map<String, String> ROLE_FAMILIES = Map.of(
            "/api/v1/staff/", "Not planning staff",
            "/api/v1/finance/", "Not finance staff",
            "/api/v1/admin/", "Not an administrator",
            "/api/v1/household", "Not a parent",
            "/api/v1/registrations", "Not a parent");
    private static final String PROBLEM_JSON = Problem.TYPE.toString();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ApiClassIndex index = ApiClassIndex.of(OpenApiContract.class.getClassLoader());
        dropEndpointsList(openAPI);
        // the same origin as the document: right on every installation, and the document stays the same everywhere
        openAPI.setServers(List.of(OASFactory.createServer().url("/").description("this portal")));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        // Payara's model hands out read-only maps: schemas made here are collected, then added
        Map<String, Schema> addedSchemas = new TreeMap<>(openAPI.getComponents().getSchemas());
        describeComponentSchemas(openAPI, index, addedSchemas);
        openAPI.getComponents().addSchema(PROBLEM, ProblemSchema.of(index));
        Map<String, PathItem> paths = new TreeMap<>(openAPI.getPaths().getPathItems());
        for (var entry : paths.entrySet()) {
            String path = ApiClassIndex.withoutPatterns(entry.getKey());
            Map<String, String> patterns = ApiClassIndex.patterns(entry.getKey());
            openAPI.getPaths().removePathItem(entry.getKey());
            openAPI.getPaths().addPathItem(path, entry.getValue());
            entry.getValue().getOperations().forEach((http, operation) ->
                    complete(operation, path, index.method(http.name(), path), index.methods(http.name(), path),
                            patterns, addedSchemas));
        }
        addedSchemas.forEach((name, schema) -> {
            if (!openAPI.getComponents().getSchemas().containsKey(name)) {
                openAPI.getComponents().addSchema(name, schema);
            }
        });
        sortAndMergeTags(openAPI);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            List<Schema> inline = new ArrayList<>();
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(m -> inline.add(m.getSchema()));
            }
            operation.getResponses().getAPIResponses().values().stream().filter(r -> r.getContent() != null)
                    .forEach(r -> r.getContent().getMediaTypes().values().forEach(m -> inline.add(m.getSchema())));
            operation.getResponses().getAPIResponses().values().stream().filter(r -> r.getHeaders() != null)
                    .forEach(r -> r.getHeaders().values().forEach(h -> inline.add(h.getSchema())));
            inline.forEach(schema -> JavaSchemas.walk(schema, JavaSchemas::inferType));
            inline.forEach(schema -> JavaSchemas.walk(schema, JavaSchemas::dropAnnotationDefaults));
        }));
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            JavaSchemas.walk(schema, JavaSchemas::dropAnnotationDefaults);
            JavaSchemas.walk(schema, JavaSchemas::exampleAsValue);
            JavaSchemas.walk(schema, JavaSchemas::inferType);
        }
    }

    private void complete(Operation operation, String path, Optional<Method> method, List<Method> alternatives,
                          Map<String, String> patterns, Map<String, Schema> components) {
        boolean open = method.map(m -> m.isAnnotationPresent(OpenOperation.class)
                || m.getDeclaringClass().isAnnotationPresent(OpenOperation.class)).orElse(false);
        if (operation.getOperationId() == null) {
            method.ifPresent(m -> operation.setOperationId(m.getName()));
        }
        if (open) {
            openToEveryone(operation);
        }
        describeParameters(operation, method, patterns);
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Content body = operation.getRequestBody().getContent();
            if (body.hasMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON) && body.hasMediaType("*/*")) {
                // a method without @Consumes: JSON is what it reads
                body.removeMediaType("*/*");
            }
            body.getMediaTypes().forEach((type, media) -> {
                if (type.startsWith("multipart/") || type.endsWith("x-www-form-urlencoded")) {
                    // parts read one by one (List<EntityPart>): the class an @RequestBody names lists them; the
                    // scanner may have merged its properties into the list's array schema, which is no form either
                    if (!JavaSchemas.hasProperties(media.getSchema())
                            || media.getSchema().getType() == Schema.SchemaType.ARRAY) {
                        media.setSchema(alternatives.stream().map(OpenApiContract::declaredRequestBody)
                                .flatMap(Optional::stream).findFirst()
                                .map(declared -> JavaSchemas.schemaOf(declared, components))
                                .orElseGet(() -> OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                                        .additionalPropertiesBoolean(Boolean.TRUE)));
                    }
                } else if (!type.contains("json")) {
                    // a file (CSV import, statement): the scanner makes an array of its byte[] or stream
                    media.setSchema(fileSchema(type));
                } else if (isEmptyObject(media.getSchema()) && method.isPresent()) {
                    bodyType(method.get()).ifPresent(t -> media.setSchema(JavaSchemas.schemaOf(t, components)));
                }
                JavaSchemas.walk(media.getSchema(), JavaSchemas::dropAnnotationDefaults);
                JavaSchemas.walk(media.getSchema(), JavaSchemas::exampleAsValue);
            });
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        completeSuccess(responses, method, components);
        if (!open && !responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().description("Not signed in, or unknown credentials"));
        }
        ROLE_FAMILIES.entrySet().stream().filter(family -> path.startsWith(family.getKey())).findFirst()
                .filter(family -> !responses.hasAPIResponse("403"))
                .ifPresent(family -> responses.addAPIResponse("403", OASFactory.createAPIResponse().description(family.getValue())));
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("Unreadable or invalid body: one entry per broken rule in `errors`"));
        }
        for (var answer : responses.getAPIResponses().entrySet()) {
            if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                answerWithProblem(answer.getKey(), answer.getValue());
            }
        }
        // problem answers last, so that a generator asks first for what a success is (Accept)
        Map<String, APIResponse> ordered = new TreeMap<>(responses.getAPIResponses());
        ordered.keySet().forEach(responses::removeAPIResponse);
        ordered.forEach(responses::addAPIResponse);
    }

    /** The 2xx answer, with its media types: from the annotations, else from the Java method. */
    private static void completeSuccess(APIResponses responses, Optional<Method> method, Map<String, Schema> components) {
        APIResponse scanned = responses.getAPIResponse("default");
        responses.removeAPIResponse("default");
        List<String> successes = responses.getAPIResponses().keySet().stream().filter(c -> c.startsWith("2")).toList();
        boolean returnsNothing = method.map(m -> m.getReturnType() == void.class).orElse(false);
        if (successes.isEmpty()) {
            String status = returnsNothing ? "204" : "200";
            APIResponse success = scanned != null ? scanned : OASFactory.createAPIResponse();
            if (success.getDescription() == null || success.getDescription().startsWith("Default")) {
                success.setDescription(returnsNothing ? "Done" : "OK");
            }
            responses.addAPIResponse(status, success);
            successes = List.of(status);
        }
        for (String status : successes) {
            APIResponse success = responses.getAPIResponse(status);
            if (success.getDescription() == null) {
                success.setDescription("OK");
            }
            if ("204".equals(status)) {
                success.setContent(null);
                continue;
            }
            if (success.getContent() == null || success.getContent().getMediaTypes().isEmpty()) {
                if (scanned != null && scanned.getContent() != null) {
                    success.setContent(scanned.getContent());
                } else {
                    success.setContent(contentOf(method));
                }
            }
            Content content = success.getContent();
            if (content != null) {
                content.removeMediaType(PROBLEM_JSON);
                // "application/pdf;qs=0.5": the server's preference among its types, not a media type of the answer
                for (String type : new ArrayList<>(content.getMediaTypes().keySet())) {
                    String bare = type.split(";")[0].trim();
                    if (!bare.equals(type)) {
                        MediaType media = content.getMediaType(type);
                        content.removeMediaType(type);
                        if (!content.hasMediaType(bare)) {
                            content.addMediaType(bare, media);
                        }
                    }
                }
                content.getMediaTypes().forEach((type, media) -> {
                    if (!type.endsWith("json")) {
                        // a PDF, a CSV, an image, a calendar: the scanner describes the Response object instead
                        media.setSchema(fileSchema(type));
                    }
                });
                content.getMediaTypes().values().forEach(m -> JavaSchemas.walk(m.getSchema(), JavaSchemas::dropAnnotationDefaults));
                if (method.isPresent() && method.get().getReturnType() == Response.class) {
                    // Payara makes an empty object of @Schema(implementation = SomeRecord.class): the class says it
                    declaredImplementation(method.get(), status).ifPresent(declared -> content.getMediaTypes().forEach((type, m) -> {
                        if (type.endsWith("json") && (isEmptyObject(m.getSchema()) || isInline(m.getSchema()))) {
                            m.setSchema(JavaSchemas.schemaOf(declared, components));
                        }
                    }));
                } else if (method.isPresent()) {
                    Type returned = method.get().getGenericReturnType();
                    content.getMediaTypes().forEach((type, m) -> {
                        if (type.endsWith("json") && (m.getSchema() == null || isInline(m.getSchema()) && JavaSchemas.isPortalClass(returned))) {
                            // Payara copies a class named in @APIResponse inline, untyped: the class's own schema instead
                            m.setSchema(JavaSchemas.schemaOf(returned, components));
                        } else if (type.endsWith("json")) {
                            JavaSchemas.describe(m.getSchema(), returned);
                        }
                    });
                }
            }
        }
    }

    /** The class an @RequestBody names as its schema. */
    private static Optional<Type> declaredRequestBody(Method method) {
        var body = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class);
        if (body == null) {
            return Optional.empty();
        }
        return java.util.Arrays.stream(body.content()).map(c -> c.schema().implementation())
                .filter(type -> type != Void.class).findFirst().map(type -> (Type) type);
    }

    /** The class an @APIResponse of that status names as its schema (an array of it if the schema says so). */
    private static Optional<Type> declaredImplementation(Method method, String status) {
        for (var answer : method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            if (!answer.responseCode().equals(status)) {
                continue;
            }
            for (var content : answer.content()) {
                var schema = content.schema();
                if (schema.implementation() != Void.class) {
                    Class<?> type = schema.implementation();
                    return Optional.of(schema.type() == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY
                            ? java.lang.reflect.Array.newInstance(type, 0).getClass() : type);
                }
            }
        }
        return Optional.empty();
    }

    /** What a method answers, from its @Produces (or its class's): JSON untyped when it returns a Response. */
    private static Content contentOf(Optional<Method> method) {
        Content content = OASFactory.createContent();
        Produces produces = method.map(m -> Optional.ofNullable(m.getAnnotation(Produces.class))
                .orElse(m.getDeclaringClass().getAnnotation(Produces.class))).orElse(null);
        List<String> types = new ArrayList<>();
        if (produces != null) {
            for (String value : produces.value()) {
                for (String type : value.split(",")) {
                    String bare = type.split(";")[0].trim();
                    if (!bare.isEmpty() && !bare.equals(PROBLEM_JSON)) {
                        types.add(bare);
                    }
                }
            }
        }
        if (types.isEmpty()) {
            types.add(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        }
        for (String type : types) {
            // JSON: a Response whose entity the code does not declare, typed by an @APIResponse where it matters
            content.addMediaType(type, OASFactory.createMediaType().schema(type.endsWith("json") ? null : fileSchema(type)));
        }
        return content;
    }

    /** What an @Schema on a List of records comes out as: a list of lists of nothing. */
    private static boolean listOfLists(Schema schema) {
        return schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() != null
                && schema.getItems().getType() == Schema.SchemaType.ARRAY && schema.getItems().getItems() == null;
    }

    /** An object or a list of objects written out in place, where a portal class would be referenced. */
    private static boolean isInline(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return false;
        }
        return JavaSchemas.hasProperties(schema) || schema.getType() == Schema.SchemaType.ARRAY && isInline(schema.getItems());
    }

    private static boolean isEmptyObject(Schema schema) {
        return schema == null || schema.getRef() == null && !JavaSchemas.hasProperties(schema)
                && schema.getAdditionalPropertiesSchema() == null && !Boolean.TRUE.equals(schema.getAdditionalPropertiesBoolean())
                && (schema.getAllOf() == null || schema.getAllOf().isEmpty())
                && (schema.getType() == null || schema.getType() == Schema.SchemaType.OBJECT);
    }

    /** The Java type of the request body: the one parameter without a JAX-RS annotation. */
    private static Optional<Type> bodyType(Method method) {
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            boolean annotated = java.util.Arrays.stream(parameters[i].getAnnotations())
                    .anyMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
            if (!annotated) {
                return Optional.of(method.getGenericParameterTypes()[i]);
            }
        }
        return Optional.empty();
    }

    /** A document of that type: text as a string, anything else as bytes. */
    private static Schema fileSchema(String mediaType) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return mediaType.startsWith("text/") ? schema : schema.format("binary");
    }

    private static void answerWithProblem(String status, APIResponse answer) {
        if (answer.getDescription() == null || answer.getDescription().isBlank()) {
            Response.Status known = Response.Status.fromStatusCode(Integer.parseInt(status.replace("XX", "00")));
            answer.setDescription(known == null ? "Refused" : known.getReasonPhrase());
        }
        MediaType problem = OASFactory.createMediaType().schema(JavaSchemas.ref(PROBLEM));
        answer.setContent(OASFactory.createContent().addMediaType(PROBLEM_JSON, problem));
    }

    private static void describeParameters(Operation operation, Optional<Method> method, Map<String, String> patterns) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (schema == null) {
                continue;
            }
            JavaSchemas.walk(schema, JavaSchemas::dropAnnotationDefaults);
            Type javaType = method.map(m -> javaTypeOf(m, parameter)).orElse(null);
            if (javaType != null) {
                JavaSchemas.describe(schema, javaType);
            }
            String pattern = patterns.get(parameter.getName());
            if (pattern != null && parameter.getIn() == Parameter.In.PATH) {
                schema.setPattern("^" + pattern + "$");
            }
        }
    }

    private static Type javaTypeOf(Method method, Parameter parameter) {
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            PathParam path = parameters[i].getAnnotation(PathParam.class);
            QueryParam query = parameters[i].getAnnotation(QueryParam.class);
            String name = path != null ? path.value() : query != null ? query.value() : null;
            if (parameter.getName().equals(name)) {
                return method.getGenericParameterTypes()[i];
            }
        }
        return null;
    }

    /** Schemas of the portal's classes: types and formats from the Java fields, always-present members required. */
    private static void describeComponentSchemas(OpenAPI openAPI, ApiClassIndex index, Map<String, Schema> added) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        for (var entry : schemas.entrySet()) {
            Schema schema = entry.getValue();
            List<Class<?>> candidates = index.classes(entry.getKey());
            Class<?> type = candidates.size() == 1 ? candidates.get(0)
                    : candidates.stream().filter(c -> JavaSchemas.sameProperties(schema, c)).findFirst().orElse(null);
            if (type == null || !JavaSchemas.hasProperties(schema)) {
                continue;
            }
            Map<String, Type> properties = JavaSchemas.properties(type);
            for (var property : new TreeMap<>(schema.getProperties()).entrySet()) {
                Type javaType = properties.get(property.getKey());
                if (javaType == Object.class || javaType == jakarta.json.JsonValue.class) {
                    // anything (an audit entry's before and after): the empty schema
                    schema.addProperty(property.getKey(), OASFactory.createSchema().description(property.getValue().getDescription()));
                } else if (javaType != null && (isEmptyObject(property.getValue()) || listOfLists(property.getValue()))
                        && JavaSchemas.isPortalClass(javaType)) {
                    // an @Schema(description) on a member of a portal type hides the type: referenced again
                    Schema typed = JavaSchemas.schemaOf(javaType, added);
                    schema.addProperty(property.getKey(), typed.getRef() == null
                            ? typed.description(property.getValue().getDescription())
                            : OASFactory.createSchema().allOf(List.of(typed)).description(property.getValue().getDescription()));
                } else {
                    JavaSchemas.describe(property.getValue(), javaType);
                }
            }
            if (type.isRecord()) {
                // an @Schema on one component of a record makes the scanner list that component alone
                properties.forEach((name, javaType) -> {
                    if (!schema.getProperties().containsKey(name)) {
                        schema.addProperty(name, JavaSchemas.schemaOf(javaType, added));
                    }
                });
            }
            List<String> required = new ArrayList<>(JavaSchemas.alwaysPresent(type));
            if (schema.getRequired() != null) {
                required.addAll(schema.getRequired());
            }
            schema.setRequired(required.isEmpty() ? null : List.copyOf(new TreeSet<>(required)));
        }
        // a list given as @Schema(type = ARRAY, implementation = X.class) comes out as X's properties on the array
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().values().stream().filter(r -> r.getContent() != null)
                        .flatMap(r -> r.getContent().getMediaTypes().values().stream())
                        .forEach(m -> repairArrayOf(m.getSchema(), schemas));
            }
        }));
    }

    private static void repairArrayOf(Schema schema, Map<String, Schema> schemas) {
        if (schema == null || schema.getType() != Schema.SchemaType.ARRAY || !JavaSchemas.hasProperties(schema)) {
            return;
        }
        schemas.entrySet().stream()
                .filter(e -> JavaSchemas.hasProperties(e.getValue())
                        && e.getValue().getProperties().keySet().equals(schema.getProperties().keySet()))
                .findFirst()
                .ifPresent(e -> {
                    schema.setProperties(null);
                    schema.setItems(JavaSchemas.ref(e.getKey()));
                });
    }

    /** One entry per tag name (a name given by two resources keeps the first description), sorted. */
    private static void sortAndMergeTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        openAPI.getTags().stream().sorted(Comparator.comparing(Tag::getName)).forEach(tag -> byName.merge(tag.getName(), tag,
                (kept, other) -> kept.getDescription() == null ? other : kept));
        openAPI.setTags(new ArrayList<>(byName.values()));
    }

    /**
     * {@code security: []}. Payara writes the document with Jackson's NON_EMPTY inclusion, which drops an empty list
     * (the operation would then inherit the global requirement); a list that holds nothing yet does not call itself
     * empty is written as {@code []}. Should Payara's model change, {@code [{}]} (no requirement) says the same.
     */
    private static void openToEveryone(Operation operation) {
        try {
            Field security = field(operation.getClass(), "security");
            security.setAccessible(true);
            security.set(operation, new NoRequirement());
        } catch (ReflectiveOperationException | RuntimeException e) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
    }

    private static final class NoRequirement extends AbstractList<SecurityRequirement> implements RandomAccess {
        @Override
        public SecurityRequirement get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    /**
     * Payara's own list of the application's URLs, not an OpenAPI field: generators and linters refuse it. Emptied,
     * not unset (Payara copies it for every request); an empty map is not written.
     */
    private static void dropEndpointsList(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another implementation: no such list
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }
}
