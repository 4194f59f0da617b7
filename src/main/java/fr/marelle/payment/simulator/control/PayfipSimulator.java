package fr.marelle.payment.simulator.control;

import fr.marelle.payment.control.PayfipFields;
import fr.marelle.payment.control.PayfipResults;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The simulated PayFiP: operations kept in PostgreSQL (so the portal's poller finds them after a
 * restart and every node agrees), checked as PayFiP checks them, single-use and usable
 * {@link PayfipResults#USABLE} after creation. The client numbers it knows are those set on the
 * régies. A switch, kept in the settings table, makes its SOAP endpoint answer 503.
 */
@ApplicationScoped
public class PayfipSimulator {

    static final String UNAVAILABLE = "payfip-simulator.unavailable";
    static final DateTimeFormatter DATTRANS = DateTimeFormatter.ofPattern("ddMMuuuu");
    static final DateTimeFormatter HEURTRANS = DateTimeFormatter.ofPattern("HHmm");
    private static final String COLUMNS = "id_op, numcli, exer, refdet, objet, montant, mel, urlnotif, urlredirect,"
            + " saisie, created_at, resultrans, numauto, dattrans, heurtrans";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A notification to send now: the operation and where. */
    public record DueNotification(String idOp, String urlnotif) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    public boolean unavailable() {
        return settings.get(UNAVAILABLE).map(Boolean::parseBoolean).orElse(false);
    }

    @Transactional
    public void setUnavailable(boolean on) {
        settings.put(UNAVAILABLE, String.valueOf(on));
    }

    /** creerPaiementSecurise: checks the fields like PayFiP and returns the new idOp. */
    @Transactional
    public String create(Map<String, String> arg) throws SimulatorFault {
        String numcli = arg.getOrDefault("numcli", "");
        if (clientName(numcli).isEmpty()) {
            throw SimulatorFault.functional("C1", "Numéro client inconnu : " + numcli);
        }
        String exer = arg.getOrDefault("exer", "");
        if (!exer.matches("[0-9]{4}")) {
            throw SimulatorFault.functional("X1", "Exercice invalide");
        }
        String refdet = arg.getOrDefault("refdet", "");
        if (!PayfipFields.validReference(refdet)) {
            throw SimulatorFault.functional("R3", "Référence de la dette invalide");
        }
        String montant = arg.getOrDefault("montant", "");
        long cents = montant.matches("[0-9]{1,9}") ? Long.parseLong(montant) : -1;
        if (cents < PayfipFields.MIN_AMOUNT_CENTS || cents > PayfipFields.MAX_AMOUNT_CENTS) {
            throw SimulatorFault.functional("M1", "Montant invalide");
        }
        String mel = arg.getOrDefault("mel", "");
        if (mel.length() < 6 || mel.length() > 80 || !mel.contains("@")) {
            throw SimulatorFault.functional("E1", "Adresse électronique invalide");
        }
        String objet = arg.getOrDefault("objet", "");
        if (objet.length() > PayfipFields.MAX_OBJET || !objet.matches("[A-Za-z0-9 ]*")) {
            throw SimulatorFault.functional("O1", "Objet invalide");
        }
        String saisie = arg.getOrDefault("saisie", "");
        if (!Set.of("T", "X", "W").contains(saisie)) {
            throw SimulatorFault.functional("S1", "Type de saisie invalide");
        }
        String urlnotif = arg.getOrDefault("urlnotif", "");
        String urlredirect = arg.getOrDefault("urlredirect", "");
        if (!httpUrl(urlnotif) || !httpUrl(urlredirect)) {
            throw SimulatorFault.functional("U1", "Adresse de notification ou de redirection invalide");
        }
        String idOp = UUID.randomUUID().toString();
        em.createNativeQuery("insert into payfip_simulator_operation (id_op, numcli, exer, refdet, objet, montant, mel,"
                        + " urlnotif, urlredirect, saisie, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, idOp).setParameter(2, numcli).setParameter(3, Integer.parseInt(exer))
                .setParameter(4, refdet).setParameter(5, objet).setParameter(6, cents).setParameter(7, mel)
                .setParameter(8, urlnotif).setParameter(9, urlredirect).setParameter(10, saisie)
                .setParameter(11, OffsetDateTime.now(clock))
                .executeUpdate();
        return idOp;
    }

    /**
     * recupererDetailPaiementSecurise: P1 when unknown, P5 while the payer has not chosen or while
     * the "no result yet" count asked on the page lasts (each answer uses one, and that sticks).
     */
    @Transactional
    public SimulatedOperation detail(String idOp) throws SimulatorFault {
        List<?> rows = em.createNativeQuery("select no_result_left from payfip_simulator_operation where id_op = ?1 for update")
                .setParameter(1, idOp == null ? "" : idOp).getResultList();
        if (rows.isEmpty()) {
            throw SimulatorFault.functional("P1", "IdOp incorrect");
        }
        SimulatedOperation op = find(idOp).orElseThrow();
        if (op.resultrans() == null) {
            throw SimulatorFault.functional("P5", "Résultat de la transaction non connu");
        }
        if (((Number) rows.get(0)).intValue() > 0) {
            em.createNativeQuery("update payfip_simulator_operation set no_result_left = no_result_left - 1 where id_op = ?1")
                    .setParameter(1, idOp).executeUpdate();
            throw SimulatorFault.functional("P5", "Résultat de la transaction non connu");
        }
        return op;
    }

    /** recupererDetailClient: the client's name, or C1 when unknown. */
    public Map<String, String> client(String numCli) throws SimulatorFault {
        String name = clientName(numCli).orElseThrow(() -> SimulatorFault.functional("C1", "Numéro client inconnu : " + numCli));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("libelleN1", name);
        fields.put("numcli", numCli);
        return fields;
    }

    public Optional<SimulatedOperation> find(String idOp) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from payfip_simulator_operation where id_op = ?1")
                .setParameter(1, idOp == null ? "" : idOp).getResultList();
        return rows.stream().findFirst().map(r -> operation((Object[]) r));
    }

    /** Whether the payer can still act on the operation: no choice made yet, and not too old. */
    public boolean usable(SimulatedOperation op) {
        return op.resultrans() == null && clock.instant().isBefore(op.createdAt().plus(PayfipResults.USABLE));
    }

    /** Stores the payer's choice once; empty when the operation is unknown, used or too old. */
    @Transactional
    public Optional<SimulatedOperation> choose(String idOp, PayerChoice choice) {
        Instant now = clock.instant();
        LocalDateTime paris = LocalDateTime.ofInstant(now, ClockProducer.PARIS);
        boolean paid = choice.result() == PayerChoice.Result.CARD || choice.result() == PayerChoice.Result.DIRECT_DEBIT;
        OffsetDateTime notifyAt = switch (choice.notification()) {
            case NOW -> OffsetDateTime.ofInstant(now, ClockProducer.PARIS);
            case DELAYED -> OffsetDateTime.ofInstant(now.plusSeconds(choice.delaySeconds()), ClockProducer.PARIS);
            case DROPPED -> null;
        };
        int updated = em.createNativeQuery("update payfip_simulator_operation set resultrans = ?2, numauto = ?3,"
                        + " dattrans = ?4, heurtrans = ?5, no_result_left = ?6, notify_at = cast(?7 as timestamptz),"
                        + " notify_status = ?8 where id_op = ?1 and resultrans is null and created_at > ?9")
                .setParameter(1, idOp == null ? "" : idOp)
                .setParameter(2, choice.result().resultrans)
                .setParameter(3, paid ? String.format("%06d", RANDOM.nextInt(1_000_000)) : null)
                .setParameter(4, paris.format(DATTRANS))
                .setParameter(5, paris.format(HEURTRANS))
                .setParameter(6, choice.noResultCount())
                .setParameter(7, notifyAt)
                .setParameter(8, notifyAt == null ? "dropped" : null)
                .setParameter(9, OffsetDateTime.ofInstant(now.minus(PayfipResults.USABLE), ClockProducer.PARIS))
                .executeUpdate();
        return updated == 1 ? find(idOp) : Optional.empty();
    }

    /** Takes the next notification that is due (row-locked, so one node sends it), marking it sent. */
    @Transactional
    public Optional<DueNotification> claimDueNotification() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<?> rows = em.createNativeQuery("select id_op, urlnotif from payfip_simulator_operation"
                        + " where notify_at <= ?1 and notified_at is null order by notify_at limit 1 for update skip locked")
                .setParameter(1, now).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        em.createNativeQuery("update payfip_simulator_operation set notified_at = ?2 where id_op = ?1")
                .setParameter(1, row[0]).setParameter(2, now).executeUpdate();
        return Optional.of(new DueNotification((String) row[0], (String) row[1]));
    }

    @Transactional
    public void notified(String idOp, String status) {
        em.createNativeQuery("update payfip_simulator_operation set notify_status = ?2 where id_op = ?1")
                .setParameter(1, idOp).setParameter(2, status.length() > 200 ? status.substring(0, 200) : status)
                .executeUpdate();
    }

    /** The operations that got a result on that (Paris) day, optionally of one client number. */
    public List<SimulatedOperation> statement(LocalDate day, String numcli) {
        var query = em.createNativeQuery("select " + COLUMNS + " from payfip_simulator_operation"
                        + " where dattrans = ?1 and resultrans is not null" + (numcli == null ? "" : " and numcli = ?2")
                        + " order by heurtrans, created_at, id_op")
                .setParameter(1, day.format(DATTRANS));
        if (numcli != null) {
            query.setParameter(2, numcli);
        }
        return query.getResultList().stream().map(r -> operation((Object[]) r)).toList();
    }

    private Optional<String> clientName(String numcli) {
        if (numcli == null || !numcli.matches("[0-9]{6}")) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select name from regie where payfip_client = ?1 order by code")
                .setParameter(1, numcli).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    private static boolean httpUrl(String url) {
        if (url.isEmpty() || url.length() > 2000) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static SimulatedOperation operation(Object[] r) {
        return new SimulatedOperation((String) r[0], str(r[1]), ((Number) r[2]).intValue(), str(r[3]), str(r[4]),
                ((Number) r[5]).longValue(), str(r[6]), str(r[7]), str(r[8]), str(r[9]), instant(r[10]),
                str(r[11]), str(r[12]), str(r[13]), str(r[14]));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString().strip();
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.util.Date d) {
            return d.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o);
    }
}
