package fr.marelle.it;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages travel light: text answers are gzip-compressed for browsers that accept it, the portal's own
 * style sheets and scripts have addresses that change with their content and are kept a year. The
 * test adds up what a parent's home page costs on a first visit (the page and every style sheet and
 * script it names) and prints it. Demo family famille70.
 */
class LightPagesIT extends PortalITBase {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"");

    @Test
    void pagesAndAssetsAreCompressedAndTheOwnAssetsCachedAYearUnderAVersionedAddress() {
        HttpResponse<byte[]> plain = get("/login.xhtml", null, false);
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "no gzip unless asked");
        HttpResponse<byte[]> login = get("/login.xhtml", null, true);
        assertEquals(200, login.statusCode());
        assertEquals("gzip", login.headers().firstValue("Content-Encoding").orElse(""));
        String page = gunzip(login.body());
        assertTrue(page.contains("<html") && page.contains("loginForm"), page);
        assertTrue(login.body().length * 3 < plain.body().length, login.body().length + " bytes compressed, " + plain.body().length + " plain");

        Matcher css = Pattern.compile("href=\"(/jakarta\\.faces\\.resource/css/portal\\.css\\.xhtml\\?[^\"]*v=[0-9a-f]{8}[^\"]*)\"").matcher(page);
        assertTrue(css.find(), "the portal's style sheet under a versioned address: " + page);
        HttpResponse<byte[]> sheet = get(css.group(1).replace("&amp;", "&"), null, true);
        assertEquals(200, sheet.statusCode());
        assertEquals("public, max-age=31536000, immutable", sheet.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("gzip", sheet.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gunzip(sheet.body()).contains(".error-summary"));
        HttpResponse<byte[]> unversioned = get("/jakarta.faces.resource/css/portal.css.xhtml", null, true);
        assertFalse(unversioned.headers().firstValue("Cache-Control").orElse("").contains("immutable"),
                "an address without the version is not kept a year");

        HttpResponse<byte[]> json = get("/api/v1/legal", null, true);
        assertEquals("gzip", json.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gunzip(json.body()).startsWith("{"));
    }

    @Test
    void aParentsHomePageOnAFirstVisitCostsWhatItPrints() {
        PageSession parent = PageSession.signIn("famille70@example.net", ItEnvironment.DEMO_PASSWORD);
        HttpResponse<byte[]> home = get("/parent/home.xhtml", parent.cookie, true);
        assertEquals(200, home.statusCode());
        String page = gunzip(home.body());
        long total = home.body().length;
        List<String> assets = new ArrayList<>();
        Matcher asset = ASSET.matcher(page);
        while (asset.find()) {
            String path = asset.group(1).replace("&amp;", "&");
            HttpResponse<byte[]> answer = get(path, parent.cookie, true);
            assertEquals(200, answer.statusCode(), path);
            total += answer.body().length;
            assets.add(path.replaceAll("\\?.*", "") + " " + answer.body().length + " B"
                    + answer.headers().firstValue("Content-Encoding").map(e -> " (" + e + ")").orElse(""));
        }
        System.out.println("[light pages] /parent/home.xhtml on a first visit: " + total / 1024 + " KB transferred: page "
                + home.body().length + " B, " + assets);
        assertFalse(assets.isEmpty());
    }

    private static HttpResponse<byte[]> get(String path, String cookie, boolean gzip) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ItEnvironment.baseUrl() + path)).GET();
        if (gzip) {
            request.header("Accept-Encoding", "gzip, deflate, br");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
