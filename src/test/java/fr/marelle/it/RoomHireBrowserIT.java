package fr.marelle.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a phone-sized screen (390 px): a family reads a room's calendar by week and month, sees the price of a
 * slot and asks for it (in English, famille20's language); the room requires an insurance certificate, which
 * the agent cannot accept without and the family uploads on its hire's card; the agent opens it and accepts
 * the hire on the staff page (in French). An agent adds, changes and withdraws a room on the rooms page, with
 * a photo that famille33 (this class's own) sees on the room's page.
 * axe checks each page. Family famille20 is this class's own (RoomHireIT uses it only to be refused another's
 * hire).
 */
class RoomHireBrowserIT extends BrowserITBase {

    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);

    @Test
    void aFamilyAsksForASlotFromThePhoneCalendarAndAnAgentAcceptsIt() throws Exception {
        String roomName = "Salle Colette " + UUID.randomUUID().toString().substring(0, 6);
        long siteId = Api.array(Api.ok(Api.get("/api/v1/staff/sites", "Authorization", AGENT))).getJsonObject(0)
                .getJsonNumber("id").longValue();
        HttpResponse<String> created = Api.postJson("/api/v1/staff/rooms", Json.createObjectBuilder().add("siteId", siteId)
                .add("name", roomName).add("capacity", 40).add("opensAt", "09:00").add("closesAt", "22:00")
                .add("minNoticeDays", 3).add("depositCents", 15000).add("insuranceRequired", true)
                .add("prices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "STANDARD")
                        .add("hourCents", 2500).add("cleaningCents", 1000))
                        .add(Json.createObjectBuilder().add("category", "RESIDENT").add("hourCents", 1500).add("cleaningCents", 1000)))
                .build().toString(), "Authorization", AGENT);
        assertEquals(201, created.statusCode(), created.body());
        long roomId = Api.json(created).getJsonNumber("id").longValue();
        LocalDate day = ItEnvironment.today().plusDays(4);

        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.open("/login.xhtml");
            browser.driver.manage().deleteAllCookies();
            browser.open("/login.xhtml");
            signIn("famille20@example.net", ItEnvironment.DEMO_PASSWORD);
            browser.open("/parent/rooms.xhtml?room=" + roomId + "&from=" + day);
            assertEquals("Room hire", browser.heading(), "famille20 reads the portal in English");
            assertTrue(browser.find("roomFacts").getText().contains("40 people"), browser.text());
            assertTrue(browser.text().contains("Free 09:00–22:00"), browser.text());
            assertTrue(browser.find("roomInsurance").getText().contains("insurance certificate"), browser.text());
            assertFitsThePhone();
            browser.assertAccessible("the room hire page, week");

            browser.submit("monthView");
            assertTrue(browser.driver.findElements(By.cssSelector(".room-day")).size() >= 28, browser.text());
            browser.assertAccessible("the room hire page, month");

            ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('day').value = arguments[0];"
                    + " document.getElementById('start').value = '10:00'; document.getElementById('end').value = '12:00';", day.toString());
            browser.type("purpose", "Anniversaire");
            browser.type("attendance", "25");
            browser.submit("showPrice");
            // the page's price is the API's: two hours at the family's grid plus cleaning
            int total = Api.json(Api.ok(Api.get("/api/v1/rooms/" + roomId + "/quote?start=" + day + "T10:00&end=" + day + "T12:00",
                    "Authorization", Api.basic("famille20@example.net", ItEnvironment.DEMO_PASSWORD)))).getInt("totalCents");
            assertTrue(total == 4000 || total == 6000, "resident or not: " + total);
            assertTrue(browser.find("quote").getText().contains("€" + total / 100 + ".00"), browser.text());
            browser.assertAccessible("the room hire page with a price");
            browser.submit("ask");
            assertTrue(browser.text().contains("Your request is sent"), browser.text());
            assertTrue(browser.text().contains("requested"), browser.text());
            assertTrue(hireCard(roomName).getText().contains("The town asks for an insurance certificate"), browser.text());
            browser.open("/parent/rooms.xhtml?room=" + roomId + "&from=" + day);
            assertTrue(browser.text().contains("Taken 10:00–12:00"), browser.text());
            assertFitsThePhone();

            // the room requires the certificate: no way to accept before it is there
            switchTo("agent@example.org");
            browser.open("/staff/room-hires.xhtml");
            WebElement waiting = hireCard(roomName);
            assertTrue(waiting.findElements(By.cssSelector("input[id$='accept']")).isEmpty(), waiting.getText());
            assertTrue(waiting.getText().contains("une fois l’attestation d’assurance déposée"), waiting.getText());

            // the family uploads it on the hire's card: a text file renamed .pdf is refused by its content
            switchTo("famille20@example.net");
            browser.open("/parent/rooms.xhtml?room=" + roomId + "&from=" + day);
            browser.assertAccessible("the room hire page with the insurance form");
            upload(roomName, file("attestation.pdf", "not a PDF".getBytes(StandardCharsets.US_ASCII)));
            assertTrue(browser.text().contains("The proof must be a PDF, JPEG or PNG file"), browser.text());
            byte[] pdf = "%PDF-1.4\n% attestation RC\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
            upload(roomName, file("attestation.pdf", pdf));
            assertTrue(browser.text().contains("Your insurance certificate is uploaded."), browser.text());
            assertTrue(hireCard(roomName).getText().contains("Insurance certificate uploaded."), browser.text());
            assertFitsThePhone();

            switchTo("agent@example.org");
            browser.open("/staff/room-hires.xhtml");
            assertEquals("Location de salles", browser.heading());
            browser.assertAccessible("the staff room hire page");
            WebElement card = hireCard(roomName);
            // the agent opens the certificate as uploaded
            String href = card.findElement(By.cssSelector("a[id^='insurance-']")).getAttribute("href");
            HttpResponse<byte[]> certificate = HttpClient.newHttpClient().send(Api.request(href.substring(href.indexOf("/api/v1/")))
                    .header("Authorization", AGENT).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, certificate.statusCode());
            assertEquals("application/pdf", certificate.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(pdf, certificate.body());
            assertFitsThePhone();
            browser.submit(card.findElement(By.cssSelector("input[id$='accept']")));
            assertTrue(browser.text().contains("Décision enregistrée"), browser.text());
            assertEquals("ACCEPTED", Sql.text("select status from room_hire where room_id = " + roomId));

            // the family reads its invoice on the phone: the hire described, no child, no session
            long invoiceId = Sql.count("select invoice_id from room_hire where room_id = " + roomId);
            switchTo("famille20@example.net");
            browser.open("/parent/invoice.xhtml?id=" + invoiceId);
            WebElement line = browser.driver.findElement(By.cssSelector("#invoiceLines tbody tr"));
            assertTrue(line.getText().contains("Room hire: " + roomName + ", 10:00–12:00"), line.getText());
            assertTrue(line.getText().contains("not applicable"), line.getText());
            assertFalse(line.getText().matches("(?s).*\\b0\\b.*"), "no 0 for a child or a session: " + line.getText());
            browser.assertAccessible("a room hire's invoice at 390 px");
            assertFitsThePhone();
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void anAgentAddsARoomThenChangesAndWithdrawsItOnThePhone() {
        String roomName = "Salle Sand " + UUID.randomUUID().toString().substring(0, 6);
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.driver.manage().deleteAllCookies();
            browser.open("/login.xhtml");
            signIn("agent@example.org", ItEnvironment.DEMO_PASSWORD);
            browser.open("/staff/rooms.xhtml");
            assertEquals("Salles à louer", browser.heading());
            browser.assertAccessible("the staff rooms page");

            // wrong: no capacity, closing before opening, no standard price; each said where it belongs
            browser.type("name", roomName);
            setTimes("20:00", "09:00");
            browser.submit("saveRoom");
            assertTrue(browser.find("capacity-error").getText().contains("La capacité est un nombre de personnes"), browser.text());
            assertTrue(browser.find("opensAt-error").getText().contains("l’ouverture avant la fermeture"), browser.text());
            assertTrue(browser.text().contains("La grille standard est obligatoire."), browser.text());
            assertEquals(0, Sql.count("select count(*) from room where name = '" + roomName + "'"));
            browser.assertAccessible("the staff rooms page with errors");

            browser.type("capacity", "60");
            setTimes("09:00", "22:00");
            browser.type("minNoticeDays", "0");
            browser.type("depositCents", "250");
            browser.type("hourSTANDARD", "30");
            browser.type("cleaningSTANDARD", "15,50");
            browser.type("dayASSOCIATION", "0");
            browser.submit("saveRoom");
            assertTrue(browser.text().contains("Salle ajoutée."), browser.text());
            long roomId = Sql.count("select id from room where name = '" + roomName + "'");
            assertEquals("60|09:00:00|22:00:00|0|25000|true", Sql.text("select capacity || '|' || opens_at || '|' || closes_at || '|'"
                    + " || min_notice_days || '|' || deposit_cents || '|' || active from room where id = " + roomId));
            assertEquals("STANDARD 3000 1550;ASSOCIATION 0 0", Sql.text("select string_agg(category || ' ' || coalesce(hour_cents,"
                    + " day_cents) || ' ' || cleaning_cents, ';' order by category desc) from room_price where room_id = " + roomId));
            assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'ROOM_CREATED' and object_id = '" + roomId + "'"));
            WebElement row = roomRow(roomName);
            assertTrue(row.getText().contains("30,00 € / heure"), row.getText());
            assertFitsThePhone();

            // the form comes back filled with the room's values; untick "offered" and change the capacity
            browser.submit(row.findElement(By.tagName("a")));
            assertEquals("60", browser.find("capacity").getAttribute("value"));
            assertEquals("250,00", browser.find("depositCents").getAttribute("value"));
            assertEquals("15,50", browser.find("cleaningSTANDARD").getAttribute("value"));
            browser.assertAccessible("the staff rooms page, a room to change");

            // a photo needs its text alternative; then families see it on the room's page
            browser.find("photo").sendKeys(file("salle.png", PNG).toAbsolutePath().toString());
            browser.submit("addPhoto");
            assertTrue(browser.find("photoAlt-error").getText().contains("Décrivez la photo"), browser.text());
            browser.find("photo").sendKeys(file("salle.png", PNG).toAbsolutePath().toString());
            browser.type("photoAlt", "La salle Sand vue de l’entrée");
            browser.submit("addPhoto");
            assertTrue(browser.text().contains("Photo ajoutée."), browser.text());
            assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'ROOM_PHOTO_ADDED' and object_id = '" + roomId + "'"));
            assertPhotoShown("La salle Sand vue de l’entrée");
            switchTo("famille33@example.net");
            browser.open("/parent/rooms.xhtml?room=" + roomId);
            assertPhotoShown("La salle Sand vue de l’entrée");
            browser.assertAccessible("the room hire page with a photo");
            assertFitsThePhone();
            switchTo("agent@example.org");
            browser.open("/staff/rooms.xhtml?id=" + roomId);
            browser.type("capacity", "80");
            browser.click(browser.find("active"));
            browser.submit("saveRoom");
            assertTrue(browser.text().contains("Salle modifiée."), browser.text());
            assertEquals("80|false", Sql.text("select capacity || '|' || active from room where id = " + roomId));
            assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'ROOM_CHANGED' and object_id = '" + roomId
                    + "' and before_json ->> 'capacity' = '60' and after_json ->> 'capacity' = '80' and after_json ->> 'active' = 'false'"));
            assertTrue(roomRow(roomName).getText().contains("non, retirée de la location"), browser.text());
            // withdrawn: families no longer see it
            assertFalse(Api.ok(Api.get("/api/v1/rooms", "Authorization", Api.basic("famille33@example.net",
                    ItEnvironment.DEMO_PASSWORD))).body().contains(roomName));
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** A 1×1 PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /** The photo is on the page with its text alternative, and the browser could load it. */
    private static void assertPhotoShown(String alt) {
        WebElement img = browser.driver.findElements(By.cssSelector(".room-photo img")).stream()
                .filter(i -> alt.equals(i.getAttribute("alt"))).findFirst().orElseThrow(() -> new AssertionError(browser.text()));
        browser.waiting(java.time.Duration.ofSeconds(10)).until(d ->
                ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth;", img)).intValue() == 1);
    }

    private static void switchTo(String email) {
        browser.driver.manage().deleteAllCookies();
        browser.open("/login.xhtml");
        signIn(email, ItEnvironment.DEMO_PASSWORD);
    }

    private static WebElement hireCard(String roomName) {
        return browser.driver.findElements(By.cssSelector("article.room-hire")).stream()
                .filter(a -> a.getText().contains(roomName)).findFirst().orElseThrow(() -> new AssertionError(browser.text()));
    }

    private static void upload(String roomName, Path file) {
        WebElement card = hireCard(roomName);
        card.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        browser.submit(card.findElement(By.cssSelector("input[id$='uploadInsurance']")));
    }

    private static Path file(String name, byte[] content) {
        try {
            Path dir = Files.createTempDirectory("insurance");
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setTimes(String opens, String closes) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('opensAt').value = arguments[0];"
                + " document.getElementById('closesAt').value = arguments[1];", opens, closes);
    }

    private static WebElement roomRow(String roomName) {
        return browser.driver.findElements(By.cssSelector("#roomList tbody tr")).stream()
                .filter(r -> r.getText().contains(roomName)).findFirst().orElseThrow(() -> new AssertionError(browser.text()));
    }

    private static void assertFitsThePhone() {
        Number width = (Number) ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.scrollWidth;");
        if (width.intValue() > 390) {
            // name what sticks out, so that a failure says what to fix
            Object wide = ((JavascriptExecutor) browser.driver).executeScript("return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > 390).slice(-5).map(e => e.tagName + '#' + e.id + '.'"
                    + " + e.className + ' ' + (e.value || e.textContent || '').trim().substring(0, 40)).join(' | ');");
            throw new AssertionError("no sideways scrolling on a phone: " + width + " px on " + browser.path() + ": " + wide);
        }
    }
}
