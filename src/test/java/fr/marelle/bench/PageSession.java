package fr.marelle.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parent on the pages, as a browser: its own cookies (the session's and the balancer's node cookie), the
 * login form posted with the view state and the form's nonce.
 */
final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String url;

    PageSession(String url) {
        this.url = url;
    }

    /** Signs in on /login.xhtml; whether the portal then shows the parent's home page. */
    boolean signIn(String email, String password) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(url + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        Matcher nonce = NONCE.matcher(page);
        if (!viewState.find() || !nonce.find()) {
            return false;
        }
        String form = "loginForm=loginForm&email=" + enc(email) + "&password=" + enc(password) + "&next=&submit=x"
                + "&jakarta.faces.ViewState=" + enc(viewState.group(1)) + "&primefaces.nonce=" + enc(nonce.group(1));
        browser.send(HttpRequest.newBuilder(URI.create(url + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return signedIn();
    }

    /** Whether the parent's home page answers (not a redirect to the login page). */
    boolean signedIn() throws Exception {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(url + "/parent/home.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (home.statusCode() == 200) {
                return true;
            }
            if (home.statusCode() != 502 && home.statusCode() != 503) {
                return false;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
