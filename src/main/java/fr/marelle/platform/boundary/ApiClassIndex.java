package fr.marelle.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * The portal's own classes as the OpenAPI filter needs them: each REST operation's Java method ("GET /api/v1/me"),
 * and the classes by simple name (the names MicroProfile OpenAPI gives schemas). The
 * scanner's model does not keep the Java types, so what only they can say (ids are integers, a LocalDate is a
 * date, an operation is open) is read here from the code itself.
 */
final class ApiClassIndex {

    private static final String ROOT = "fr/marelle/";
    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    private final Map<String, Method> operations = new TreeMap<>();
    private final Map<String, List<Method>> alternatives = new TreeMap<>();
    private final Map<String, List<Class<?>>> classes = new HashMap<>();

    private ApiClassIndex() {
    }

    /** Reads every class of the portal through the given loader (that of the WAR). */
    static ApiClassIndex of(ClassLoader loader) {
        ApiClassIndex index = new ApiClassIndex();
        String applicationPath = RestApplication.class.getAnnotation(ApplicationPath.class).value();
        for (String name : classNames(loader)) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                index.classes.computeIfAbsent(schemaName(type), n -> new ArrayList<>()).add(type);
                Path classPath = type.getAnnotation(Path.class);
                if (classPath != null) {
                    index.addOperations(applicationPath, classPath.value(), type);
                }
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                // a class that cannot be read (e.g. one left over by an incremental build) documents nothing
            }
        }
        return index;
    }

    private void addOperations(String applicationPath, String classPath, Class<?> resource) {
        for (Method method : resource.getMethods()) {
            for (Class<? extends Annotation> http : HTTP_METHODS) {
                if (method.isAnnotationPresent(http)) {
                    Path methodPath = method.getAnnotation(Path.class);
                    String path = join(applicationPath, classPath, methodPath == null ? "" : methodPath.value());
                    // one path and method served by several Java methods (content negotiation): the JSON one
                    // speaks for the operation, whatever the order reflection lists them in
                    operations.merge(http.getSimpleName() + " " + path, method, ApiClassIndex::preferred);
                    alternatives.computeIfAbsent(http.getSimpleName() + " " + path, k -> new ArrayList<>()).add(method);
                }
            }
        }
    }

    private static Method preferred(Method one, Method other) {
        boolean oneJson = producesJson(one);
        if (oneJson != producesJson(other)) {
            return oneJson ? one : other;
        }
        return one.getName().compareTo(other.getName()) <= 0 ? one : other;
    }

    private static boolean producesJson(Method method) {
        jakarta.ws.rs.Produces produces = method.getAnnotation(jakarta.ws.rs.Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(jakarta.ws.rs.Produces.class);
        }
        return produces == null || java.util.Arrays.stream(produces.value()).anyMatch(t -> t.contains("json"));
    }

    /** The Java method of an operation, e.g. {@code method("get", "/api/v1/me")}. */
    Optional<Method> method(String httpMethod, String path) {
        return Optional.ofNullable(operations.get(httpMethod.toUpperCase(Locale.ROOT) + " " + path));
    }

    /** Every Java method serving an operation (several when they negotiate media types). */
    List<Method> methods(String httpMethod, String path) {
        return alternatives.getOrDefault(httpMethod.toUpperCase(Locale.ROOT) + " " + path, List.of());
    }

    /** The portal's classes of that schema name (the simple name unless @Schema renames), usually one. */
    List<Class<?>> classes(String simpleName) {
        return classes.getOrDefault(simpleName, List.of());
    }

    /** Every class of the portal, e.g. to find the extensions of the Problem body. */
    Stream<Class<?>> classes() {
        return classes.values().stream().flatMap(List::stream);
    }

    /** The name of a class's schema: its simple name, unless an @Schema(name) tells two of one name apart. */
    static String schemaName(Class<?> type) {
        var schema = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    /** An OpenAPI path: segments joined by one slash, a template's JAX-RS pattern left out ({token: [a-z]+} is {token}). */
    static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            for (String segment : part.split("/")) {
                if (!segment.isEmpty()) {
                    path.append('/').append(segment);
                }
            }
        }
        return withoutPatterns(path.length() == 0 ? "/" : path.toString());
    }

    /** {@code /feeds/{token: [A-Za-z0-9_-]{1,100}}.ics} becomes {@code /feeds/{token}.ics}. */
    static String withoutPatterns(String path) {
        StringBuilder plain = new StringBuilder();
        int from = 0;
        for (Template template : templates(path)) {
            plain.append(path, from, template.start()).append('{').append(template.name()).append('}');
            from = template.end() + 1;
        }
        return plain.append(path.substring(Math.min(from, path.length()))).toString();
    }

    /** The JAX-RS pattern of a path parameter, e.g. {@code [A-Za-z0-9_-]{1,100}} for {token: …}, if it has one. */
    static Map<String, String> patterns(String path) {
        Map<String, String> patterns = new HashMap<>();
        templates(path).stream().filter(t -> t.pattern() != null).forEach(t -> patterns.put(t.name(), t.pattern()));
        return patterns;
    }

    /** A {name} or {name: pattern} of a path, from its opening to its closing brace (a pattern may hold braces). */
    private record Template(int start, int end, String name, String pattern) {
    }

    private static List<Template> templates(String path) {
        List<Template> templates = new ArrayList<>();
        int start = path.indexOf('{');
        while (start >= 0) {
            int depth = 0;
            int end = start;
            for (; end < path.length(); end++) {
                if (path.charAt(end) == '{') {
                    depth++;
                } else if (path.charAt(end) == '}' && --depth == 0) {
                    break;
                }
            }
            String inside = path.substring(start + 1, Math.min(end, path.length()));
            int colon = inside.indexOf(':');
            templates.add(new Template(start, end, (colon < 0 ? inside : inside.substring(0, colon)).trim(),
                    colon < 0 ? null : inside.substring(colon + 1).trim()));
            start = path.indexOf('{', end + 1);
        }
        return templates;
    }

    private static List<String> classNames(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(ROOT);
            for (URL root : Collections.list(roots)) {
                if ("file".equals(root.getProtocol())) {
                    java.nio.file.Path dir = java.nio.file.Path.of(root.toURI());
                    try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
                        files.map(f -> dir.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                                .filter(f -> f.endsWith(".class"))
                                .forEach(f -> names.add(className(ROOT + f)));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    JarURLConnection jar = (JarURLConnection) root.openConnection();
                    jar.setUseCaches(false);
                    try (var file = jar.getJarFile()) {
                        for (JarEntry entry : Collections.list(file.entries())) {
                            if (entry.getName().startsWith(ROOT) && entry.getName().endsWith(".class")) {
                                names.add(className(entry.getName()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static String className(String resource) {
        return resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
    }
}
