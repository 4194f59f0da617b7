package fr.marelle.billing.entity;

import fr.marelle.planning.control.Prices;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One charge on an invoice, with its source (household, session, child, booking) so a later run
 * can tell what was already billed, and the facts of its price so its explanation can be written
 * again in the reader's language. Immutable like its invoice.
 */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "invoice_id")
    private long invoiceId;
    private int position;
    @Column(name = "household_id")
    private long householdId;
    /** Null on a room hire's line (neither session nor child). */
    @Column(name = "session_id")
    private Long sessionId;
    @Column(name = "child_id")
    private Long childId;
    @Column(name = "room_hire_id")
    private Long roomHireId;
    @Column(name = "booking_id")
    private Long bookingId;
    @Column(name = "child_name")
    private String childName;
    @Column(name = "activity_name")
    private String activityName;
    private LocalDate day;
    @Enumerated(EnumType.STRING)
    private Prices.Charge charge;
    private boolean unmarked;
    @Column(name = "amount_cents")
    private int amountCents;
    @Column(name = "price_cents")
    private int priceCents;
    @Column(name = "grid_from")
    private LocalDate gridFrom;
    private Integer band;
    @Column(name = "qf_from")
    private Integer qfFrom;
    @Column(name = "qf_to")
    private Integer qfTo;
    @Column(name = "quotient_known")
    private boolean quotientKnown;
    private boolean resident;
    @Column(name = "band_cents")
    private Integer bandCents;
    @Column(name = "reduction_pct")
    private int reductionPct;
    private boolean special;
    @Column(name = "child_rank")
    private int childRank;
    private boolean adjustment;

    protected InvoiceLine() {
    }

    public InvoiceLine(long invoiceId, int position, long householdId, long sessionId, long childId, Long bookingId,
                       String childName, String activityName, LocalDate day, boolean unmarked, int amountCents,
                       Prices.Price price, int childRank, boolean adjustment) {
        this.invoiceId = invoiceId;
        this.position = position;
        this.householdId = householdId;
        this.sessionId = sessionId;
        this.childId = childId;
        this.bookingId = bookingId;
        this.childName = childName;
        this.activityName = activityName;
        this.day = day;
        this.unmarked = unmarked;
        this.amountCents = amountCents;
        this.charge = price.charge();
        this.priceCents = price.cents();
        this.gridFrom = price.gridFrom();
        this.band = price.band();
        this.qfFrom = price.qfFrom();
        this.qfTo = price.qfTo();
        this.quotientKnown = price.quotientKnown();
        this.resident = price.resident();
        this.bandCents = price.bandCents();
        this.reductionPct = price.reductionPct();
        this.special = price.special();
        this.childRank = childRank;
        this.adjustment = adjustment;
    }

    /** The price as it was found, to explain it. */
    public Prices.Price price() {
        return new Prices.Price(priceCents, charge, gridFrom, band == null ? 0 : band, qfFrom == null ? 0 : qfFrom, qfTo,
                quotientKnown, resident, bandCents == null ? 0 : bandCents, reductionPct, special);
    }

    public Long getId() { return id; }
    public long getInvoiceId() { return invoiceId; }
    public int getPosition() { return position; }
    public long getHouseholdId() { return householdId; }
    /** The session charged; null on a room hire's line. */
    public Long getSessionId() { return sessionId; }
    /** The child charged; null on a room hire's line. */
    public Long getChildId() { return childId; }
    public Long getRoomHireId() { return roomHireId; }

    /**
     * A room hire's line: who hired (in the child's column of the PDF), the room and slot (in the activity's),
     * priced as booked at the hirer's grid.
     */
    public static InvoiceLine roomHire(long invoiceId, int position, long householdId, long roomHireId, String hirer,
                                       String what, LocalDate day, int amountCents, boolean resident) {
        InvoiceLine line = new InvoiceLine();
        line.invoiceId = invoiceId;
        line.position = position;
        line.householdId = householdId;
        line.roomHireId = roomHireId;
        line.childName = hirer;
        line.activityName = what;
        line.day = day;
        line.amountCents = amountCents;
        line.charge = Prices.Charge.BOOKED;
        line.priceCents = amountCents;
        line.resident = resident;
        line.childRank = 1;
        return line;
    }
    public Long getBookingId() { return bookingId; }
    public String getChildName() { return childName; }
    public String getActivityName() { return activityName; }
    public LocalDate getDay() { return day; }
    public Prices.Charge getCharge() { return charge; }
    public boolean isUnmarked() { return unmarked; }
    public int getAmountCents() { return amountCents; }
    public int getChildRank() { return childRank; }
    public boolean isAdjustment() { return adjustment; }
}
