package fr.marelle.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the browser tests: one headless Chromium per class, against the portal on Payara Micro. */
public abstract class BrowserITBase extends PortalITBase {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        Browser.assumeInstalled();
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Signs in through the login page (opened first unless it is the current page). */
    protected static void signIn(String email, String password) {
        if (!browser.path().startsWith("/login.xhtml")) {
            browser.open("/login.xhtml");
        }
        browser.type("email", email);
        browser.type("password", password);
        browser.submit("submit");
    }
}
