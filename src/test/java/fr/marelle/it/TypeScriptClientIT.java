package fr.marelle.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The TypeScript (fetch) client that openapi-generator makes from the portal's OpenAPI document, with spec
 * validation on: the TypeScript compiler (from Maven Central) checks it in strict mode together with
 * src/test/typescript/parent-day.ts, a parent's day written against it, which Node.js then runs against the portal.
 * A document that promises a type the portal does not send, or that a TypeScript project cannot compile, fails here.
 * Needs Node.js (18 or later, for fetch): without it the test is skipped with a message, except where
 * MARELLE_REQUIRE_NODE is set (CI), where it fails.
 */
class TypeScriptClientIT extends PortalITBase {

    private static final String PARENT = "famille61@example.net";
    private static final Path WORK = Path.of("target", "ts-client-it");
    private static final Path COMPILER = Path.of("target", "typescript", "META-INF", "resources", "webjars", "typescript",
            System.getProperty("marelle.it.typescript", "5.9.3"), "lib", "tsc.js");

    private static Run compilation;

    @BeforeAll
    static void compileTheClientAndTheScenario() throws Exception {
        assumeNode();
        Files.createDirectories(WORK);
        Files.writeString(WORK.resolve("tsconfig.json"), """
                {
                  "compilerOptions": {
                    "target": "ES2022", "module": "commonjs", "moduleResolution": "node", "lib": ["ES2022", "DOM"],
                    "strict": true, "rootDir": "../..", "outDir": "out"
                  },
                  "files": ["../../src/test/typescript/parent-day.ts"],
                  "include": ["../generated-test-sources/ts-client/**/*.ts"]
                }
                """);
        compilation = run("node", COMPILER.toString(), "-p", WORK.resolve("tsconfig.json").toString());
    }

    @Test
    void theGeneratedClientCompilesInStrictMode() {
        assertEquals(0, compilation.exit, "tsc reports:\n" + compilation.output);
    }

    @Test
    void aParentsDayThroughTheGeneratedClient() throws Exception {
        assertEquals(0, compilation.exit, "tsc reports:\n" + compilation.output);
        String invoiceNumber = LastMonthInvoice.create(PARENT, "IT_TS");
        Run day = run("node", WORK.resolve("out/src/test/typescript/parent-day.js").toString(), ItEnvironment.baseUrl(),
                PARENT, ItEnvironment.DEMO_PASSWORD, ItEnvironment.today().toString(), invoiceNumber);
        assertEquals(0, day.exit, day.output);
        JsonNode result = new ObjectMapper().readTree(day.output.lines().filter(line -> line.startsWith("{"))
                .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no result: " + day.output)));

        assertEquals(PARENT, result.path("email").asText());
        assertTrue(result.path("roles").toString().contains("PARENT"), result.toString());
        assertTrue(result.path("children").asInt() > 0, "the demo household has children");
        assertTrue(result.path("bookedDayIsADate").asBoolean(), "a date field arrives as a Date: " + result);
        assertFalse(result.path("bookedDay").asText().compareTo(ItEnvironment.today().toString()) < 0, result.toString());
        assertEquals("CONFIRMED", result.path("outcome").asText(), result.toString());
        assertTrue(result.path("outcomeKnown").asBoolean(), "the outcome is one of the documented values");
        assertTrue(result.path("confirmedAfterwards").asBoolean(), "the calendar shows the booking: " + result);

        assertEquals("UNPAID", result.path("invoiceStatus").asText());
        assertEquals(LastMonthInvoice.TOTAL_CENTS, result.path("invoiceTotalCents").asLong());
        assertEquals(1, result.path("invoiceLines").asInt());
        assertEquals("%PDF-", result.path("pdfHead").asText(), "the invoice PDF comes back as bytes");

        // today's sessions are past their booking deadline (the portal runs as of a school day, 14:00)
        JsonNode refused = result.path("refused");
        assertFalse(refused.isNull(), "a closed session to try: " + result);
        assertTrue(refused.path("status").asInt() == 409 || refused.path("status").asInt() == 422, refused.toString());
        assertTrue(refused.path("contentType").asText().startsWith("application/problem+json"), refused.toString());
        assertEquals(refused.path("status").asInt(), refused.path("problem").path("status").asInt());
        assertEquals(result.path("closedReason").asText(), refused.path("problem").path("title").asText(),
                "the same reason as the calendar gave");
        assertFalse(refused.path("problem").path("rule").asText().isEmpty(), "the rule that refused: " + refused);
    }

    private static void assumeNode() {
        boolean installed;
        try {
            installed = run("node", "--version").exit == 0;
        } catch (IOException | InterruptedException e) {
            installed = false;
        }
        if (!installed && System.getenv("MARELLE_REQUIRE_NODE") != null) {
            fail("Node.js is required: apt-get install nodejs");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(installed,
                "TypeScript client test skipped: install Node.js (apt-get install nodejs) to run it");
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
