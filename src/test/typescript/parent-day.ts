// A parent's day through the TypeScript (fetch) client that openapi-generator makes from the portal's OpenAPI
// document, used as generated. TypeScriptClientIT compiles this file with the client (strict mode) and runs it
// under Node.js against the portal; it prints one JSON object that the test checks.
// Arguments: base URL, e-mail, password, first day (yyyy-MM-dd), invoice number.
import { AccountApi, BookingsApi, Configuration, HouseholdApi, InvoicesApi, ResponseError } from "../../../target/generated-test-sources/ts-client";
import { CalendarEntryJson, CalendarEntryJsonStateEnum, OutcomeJsonResultEnum, Problem, ProblemFromJSON } from "../../../target/generated-test-sources/ts-client";

declare const process: { argv: string[]; exitCode?: number };

const [baseUrl, email, password, today, invoiceNumber] = process.argv.slice(2);
const config = new Configuration({ basePath: baseUrl, username: email, password });

function plusDays(day: string, days: number): string {
    const date = new Date(day + "T00:00:00Z");
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().substring(0, 10);
}

async function refusal(attempt: Promise<unknown>): Promise<{ status: number; contentType: string; problem: Problem }> {
    try {
        await attempt;
    } catch (error) {
        if (error instanceof ResponseError) {
            return {
                status: error.response.status,
                contentType: error.response.headers.get("Content-Type") ?? "",
                problem: ProblemFromJSON(await error.response.json()),
            };
        }
        throw error;
    }
    throw new Error("the portal accepted what it should refuse");
}

async function parentsDay() {
    const me = await new AccountApi(config).me();
    const children = await new HouseholdApi(config).children();
    const child = children[0];
    const bookings = new BookingsApi(config);
    const calendar: CalendarEntryJson[] = await bookings.calendar({ id: child.id, from: today, to: plusDays(today, 30) });
    const bookable = calendar.find(entry => entry.state === CalendarEntryJsonStateEnum.Bookable);
    if (bookable === undefined) {
        throw new Error("nothing bookable in the next 30 days");
    }
    const outcomes = await bookings.book({ bookingRequest: { items: [{ childId: child.id, sessionId: bookable.sessionId }] } });
    const day = bookable.day!.toISOString().substring(0, 10);
    const afterwards = await bookings.calendar({ id: child.id, from: day, to: day });

    const invoices = new InvoicesApi(config);
    const invoice = (await invoices.mine()).find(candidate => candidate.number === invoiceNumber);
    if (invoice === undefined) {
        throw new Error("invoice " + invoiceNumber + " not listed");
    }
    const detail = await invoices.getInvoice({ id: invoice.id });
    const pdf = new Uint8Array(await (await invoices.invoicePdf({ id: invoice.id })).arrayBuffer());

    const closed = calendar.find(entry => entry.state === CalendarEntryJsonStateEnum.Closed);
    const refused = closed === undefined ? null : await refusal(
        bookings.book({ bookingRequest: { items: [{ childId: child.id, sessionId: closed.sessionId }] } }));

    return {
        email: me.email,
        roles: me.roles,
        children: children.length,
        bookedDay: day,
        bookedDayIsADate: bookable.day instanceof Date,
        outcome: outcomes.length === 1 ? outcomes[0].result : "outcomes: " + outcomes.length,
        confirmedAfterwards: afterwards.some(entry => entry.sessionId === bookable.sessionId
            && entry.state === CalendarEntryJsonStateEnum.Confirmed),
        invoiceStatus: invoice.status,
        invoiceTotalCents: invoice.totalCents,
        invoiceLines: detail.lines?.length,
        pdfHead: String.fromCharCode(...pdf.slice(0, 5)),
        pdfBytes: pdf.length,
        closedReason: closed?.reason ?? null,
        refused,
        outcomeKnown: Object.values(OutcomeJsonResultEnum).some(result => result === outcomes[0]?.result),
    };
}

parentsDay().then(result => console.log(JSON.stringify(result)), error => {
    console.error(error instanceof ResponseError ? error.response.status + " " + error.response.url : error);
    process.exitCode = 1;
});
