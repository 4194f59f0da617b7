package fr.marelle.observability.boundary;

import jakarta.ws.rs.Path;

import java.lang.reflect.Method;

/**
 * The route of a request as a template, so that metrics have one series per operation or page
 * and not one per id: {@code /api/v1/children/{id}/calendar-feed}, {@code /parent/bookings.xhtml}.
 */
public final class RouteTemplates {

    static final String API_ROOT = "/api/v1";
    /** Requests that matched no operation or page: one series for all of them. */
    static final String UNMATCHED = "unmatched";

    private RouteTemplates() {
    }

    /** The API operation's template, from the resource class's and method's {@code @Path}. */
    public static String api(Class<?> resource, Method method) {
        Path onClass = resource.getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        return join(join(API_ROOT, onClass == null ? "" : onClass.value()), onMethod == null ? "" : onMethod.value());
    }

    /**
     * Any other request: a page by its path, the Faces resources and the server's own endpoints
     * as one route each, everything else (404s, theme files) without its path.
     */
    public static String other(String path, int status) {
        if (status == 404 || path == null) {
            return UNMATCHED;
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            return "/jakarta.faces.resource/*";
        }
        if (path.equals("/metrics") || path.startsWith("/metrics/")) {
            return "/metrics";
        }
        if (path.startsWith("/health")) {
            return "/health";
        }
        if (path.endsWith(".xhtml") && path.matches("[A-Za-z0-9/_.-]{1,120}")) {
            return path;
        }
        return "other";
    }

    static String join(String base, String path) {
        String tail = withoutRegex(path);
        if (tail.isEmpty() || tail.equals("/")) {
            return base;
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + (tail.startsWith("/") ? "" : "/") + tail;
    }

    /** {@code {token: [A-Za-z0-9_-]{1,100}}.ics} becomes {@code {token}.ics}; braces inside the regex are skipped. */
    static String withoutRegex(String template) {
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 1;
            int j = i + 1;
            StringBuilder name = new StringBuilder();
            boolean inRegex = false;
            while (j < template.length() && depth > 0) {
                char d = template.charAt(j);
                if (d == '{') {
                    depth++;
                } else if (d == '}') {
                    depth--;
                } else if (d == ':' && depth == 1) {
                    inRegex = true;
                } else if (!inRegex && depth == 1) {
                    name.append(d);
                }
                j++;
            }
            out.append('{').append(name.toString().strip()).append('}');
            i = j;
        }
        return out.toString();
    }
}
