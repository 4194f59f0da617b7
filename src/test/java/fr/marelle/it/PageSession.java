package fr.marelle.it;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A session of the portal's pages, signed in through the login page with plain HTTP (no browser):
 * what a browser holds after login, the {@code MARELLE_SESSION} cookie, to replay in API calls as a
 * browser would send it (also from another site's page).
 */
final class PageSession {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    /** {@code MARELLE_SESSION=…}, as a Cookie header carries it. */
    final String cookie;
    /** The Set-Cookie header that gave the session after login. */
    final String setCookie;

    private PageSession(String cookie, String setCookie) {
        this.cookie = cookie;
        this.setCookie = setCookie;
    }

    /** Signs in with the login form; fails the test unless the portal redirects to a signed-in page. */
    static PageSession signIn(String email, String password) {
        HttpResponse<String> login = submit("/login.xhtml", "loginForm", Map.of("email", email, "password", password));
        assertEquals(302, login.statusCode(), "login of " + email + " refused: " + login.body());
        String renewed = sessionCookie(login);
        assertNotNull(renewed, "a new session id at login: " + login.headers().map());
        return new PageSession(renewed.split(";", 2)[0], renewed);
    }

    /**
     * Opens a page in a new anonymous session and submits one of its forms as a browser would (its
     * hidden fields and view state, the given fields filled in, its first submit button).
     */
    static HttpResponse<String> submit(String pathAndQuery, String formId, Map<String, String> filled) {
        HttpResponse<String> page = Api.get(pathAndQuery);
        assertEquals(200, page.statusCode(), pathAndQuery);
        String anonymous = sessionCookie(page);
        assertNotNull(anonymous, "the page opens a session: " + page.headers().map());
        return post(pathAndQuery, page, formId, filled, anonymous.split(";", 2)[0]);
    }

    /** Opens a page in this session and submits one of its forms, as {@link #submit(String, String, Map)}. */
    HttpResponse<String> submitForm(String pathAndQuery, String formId, Map<String, String> filled) {
        HttpResponse<String> page = get(pathAndQuery);
        assertEquals(200, page.statusCode(), pathAndQuery);
        return post(pathAndQuery, page, formId, filled, cookie);
    }

    private static HttpResponse<String> post(String pathAndQuery, HttpResponse<String> page, String formId,
                                             Map<String, String> filled, String cookie) {
        // this form only (the header's language switch is another form)
        Matcher form = Pattern.compile("<form id=\"" + formId + "\".*?</form>", Pattern.DOTALL).matcher(page.body());
        assertTrue(form.find(), page.body());
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group());
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            if (name.find()) {
                Matcher value = VALUE.matcher(input.group());
                fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        fields.putAll(filled);
        String body = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Api.send(Api.request(pathAndQuery)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The Set-Cookie header of the session cookie, if the answer sets one. */
    static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("MARELLE_SESSION=")).reduce((a, b) -> b).orElse(null);
    }

    /** A GET with this session's cookie. */
    HttpResponse<String> get(String path) {
        return Api.send(Api.request(path).header("Cookie", cookie).GET());
    }
}
