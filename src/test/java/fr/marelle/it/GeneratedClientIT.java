package fr.marelle.it;

import fr.marelle.it.apiclient.ApiClient;
import fr.marelle.it.apiclient.ApiException;
import fr.marelle.it.apiclient.api.AccountApi;
import fr.marelle.it.apiclient.api.BookingsApi;
import fr.marelle.it.apiclient.api.HouseholdApi;
import fr.marelle.it.apiclient.api.InvoicesApi;
import fr.marelle.it.apiclient.model.BookingRequest;
import fr.marelle.it.apiclient.model.CalendarEntryJson;
import fr.marelle.it.apiclient.model.ChildOut;
import fr.marelle.it.apiclient.model.InvoiceDetailJson;
import fr.marelle.it.apiclient.model.InvoiceJson;
import fr.marelle.it.apiclient.model.Item;
import fr.marelle.it.apiclient.model.Me;
import fr.marelle.it.apiclient.model.OutcomeJson;
import fr.marelle.it.apiclient.model.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent's day through the Java client that openapi-generator makes from the portal's OpenAPI document (the copy
 * in src/test/openapi, which OpenApiContractIT holds equal to what /openapi serves), used as generated: who am I, my
 * children, a child's calendar, booking a session, my invoices and one as a PDF, and a refused booking read as the
 * typed Problem. An operation whose document lies about its answers (no success type, a media type the portal does
 * not send, a field of the wrong type) fails here as it would fail any client made from the document.
 */
class GeneratedClientIT extends PortalITBase {

    private static final String PARENT = "famille60@example.net";
    private static final LocalDate TODAY = ItEnvironment.today();

    private static ApiClient client;
    private static String invoiceNumber;

    @BeforeAll
    static void signedInClient() throws Exception {
        client = new ApiClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1),
                ApiClient.createDefaultObjectMapper(), ItEnvironment.baseUrl());
        String basic = Api.basic(PARENT, ItEnvironment.DEMO_PASSWORD);
        client.setRequestInterceptor(request -> request.header("Authorization", basic));
        invoiceNumber = LastMonthInvoice.create(PARENT, "IT_CLIENT");
    }

    @Test
    void aParentsDayThroughTheGeneratedClient() throws Exception {
        Me me = new AccountApi(client).me();
        assertEquals(PARENT, me.getEmail());
        assertTrue(me.getRoles().contains("PARENT"), String.valueOf(me.getRoles()));

        List<ChildOut> children = new HouseholdApi(client).children();
        assertFalse(children.isEmpty(), "the demo household has children");
        ChildOut child = children.get(0);

        BookingsApi bookings = new BookingsApi(client);
        List<CalendarEntryJson> calendar = bookings.calendar(child.getId(), TODAY.toString(), TODAY.plusDays(30).toString(), null);
        CalendarEntryJson bookable = calendar.stream().filter(e -> e.getState() == CalendarEntryJson.StateEnum.BOOKABLE)
                .findFirst().orElseThrow(() -> new AssertionError("nothing bookable for " + child.getFirstName() + ": " + calendar));
        assertTrue(!bookable.getDay().isBefore(TODAY), "a LocalDate, read as one: " + bookable.getDay());

        List<OutcomeJson> outcomes = bookings.book(new BookingRequest()
                .items(List.of(new Item().childId(child.getId()).sessionId(bookable.getSessionId()))));
        assertEquals(1, outcomes.size());
        assertEquals(OutcomeJson.ResultEnum.CONFIRMED, outcomes.get(0).getResult(), outcomes.get(0).getMessage());
        assertNotNull(outcomes.get(0).getBookingId());
        assertTrue(bookings.calendar(child.getId(), bookable.getDay().toString(), bookable.getDay().toString(), null).stream()
                .anyMatch(e -> e.getSessionId().equals(bookable.getSessionId())
                        && e.getState() == CalendarEntryJson.StateEnum.CONFIRMED), "the calendar shows the booking");

        InvoicesApi invoices = new InvoicesApi(client);
        InvoiceJson invoice = invoices.mine().stream().filter(i -> i.getNumber().equals(invoiceNumber)).findFirst()
                .orElseThrow(() -> new AssertionError("invoice " + invoiceNumber + " not listed"));
        assertEquals(InvoiceJson.StatusEnum.UNPAID, invoice.getStatus());
        assertEquals(Long.valueOf(LastMonthInvoice.TOTAL_CENTS), invoice.getTotalCents());
        InvoiceDetailJson detail = invoices.getInvoice(invoice.getId());
        assertEquals(1, detail.getLines().size());
        File pdf = invoices.invoicePdf(invoice.getId());
        byte[] bytes = Files.readAllBytes(pdf.toPath());
        assertTrue(new String(bytes, 0, 5).startsWith("%PDF-"), "a PDF");
        assertTrue(ReadableText.pdf(bytes).contains(invoiceNumber), "the PDF names the invoice");
    }

    @Test
    void aRefusedBookingIsATypedProblem() throws Exception {
        ChildOut child = new HouseholdApi(client).children().get(0);
        BookingsApi bookings = new BookingsApi(client);
        // today's sessions: their booking deadline has passed (the portal runs as of a school day, 14:00)
        CalendarEntryJson closed = bookings.calendar(child.getId(), TODAY.toString(), TODAY.plusDays(7).toString(), null)
                .stream().filter(e -> e.getState() == CalendarEntryJson.StateEnum.CLOSED).findFirst()
                .orElseThrow(() -> new AssertionError("no closed session in the week"));

        ApiException refused = assertThrows(ApiException.class, () -> bookings.book(new BookingRequest()
                .items(List.of(new Item().childId(child.getId()).sessionId(closed.getSessionId())))));
        assertTrue(refused.getCode() == 409 || refused.getCode() == 422, refused.getCode() + " " + refused.getResponseBody());
        assertEquals("application/problem+json", refused.getResponseHeaders().firstValue("Content-Type").orElse("").split(";")[0]);
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(Integer.valueOf(refused.getCode()), problem.getStatus());
        assertEquals(closed.getReason(), problem.getTitle(), "the same reason as the calendar gave");
        assertNotNull(problem.getRule(), "the rule that refused");
    }
}
