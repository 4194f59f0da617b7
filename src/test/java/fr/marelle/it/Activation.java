package fr.marelle.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** New parent accounts for the tests: registered over the API and activated from the mailed link. */
public final class Activation {

    private Activation() {
    }

    /** Registers a parent over the API (in French) and activates the account from the activation mail. */
    public static void registerAndActivate(String email, String firstName, String lastName, String password) {
        var response = Api.postJson("/api/v1/accounts", jakarta.json.Json.createObjectBuilder()
                .add("firstName", firstName).add("lastName", lastName).add("email", email).add("password", password)
                .add("termsAccepted", true).build().toString());
        assertTrue(response.statusCode() == 201, response.body());
        String link = Mailbox.await(email, 1).get(0).link(ItEnvironment.baseUrl() + "/activate.xhtml?token=");
        String page = throughPage(link);
        assertTrue(page.contains("Votre compte est activé"), page);
    }

    /** Opens the activation link and presses its button as a browser would; returns the page answered. */
    public static String throughPage(String link) {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            String page = browser.send(HttpRequest.newBuilder(URI.create(link)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var viewState = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(page);
            assertTrue(viewState.find(), page);
            String token = link.substring(link.indexOf("token=") + "token=".length());
            // the form's script nonce too, as a browser sends it (PrimeFaces' CSP mode checks it on postback)
            var nonce = java.util.regex.Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"").matcher(page);
            assertTrue(nonce.find(), page);
            String form = "activateForm=activateForm&token=" + token + "&submit=x&jakarta.faces.ViewState="
                    + java.net.URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8)
                    + "&primefaces.nonce=" + java.net.URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
            return browser.send(HttpRequest.newBuilder(URI.create(ItEnvironment.baseUrl() + "/activate.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
