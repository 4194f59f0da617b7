package fr.marelle.payment.simulator.control;

import fr.marelle.payment.control.PayfipFields;
import fr.marelle.payment.control.PayfipResults;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.platform.control.SqlInstants;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.PortalConfig;
import fr.marelle.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
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
import java.util.regex.Pattern;

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
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** PayFiP forgets its operations after about a day: then P1. */
    static final Duration PURGED_AFTER = Duration.ofDays(1);

    /** A notification to send now: the operation and where. */
    public record DueNotification(String idOp, String urlnotif) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    PortalConfig portal;

    public boolean unavailable() {
        return settings.get(UNAVAILABLE).map(Boolean::parseBoolean).orElse(false);
    }

    @Transactional
    public void setUnavailable(boolean on) {
        settings.put(UNAVAILABLE, String.valueOf(on));
    }

    /**
     * creerPaiementSecurise: checks the fields with PayFiP's codes, in the order PayFiP's guide lists
     * them, and returns the new idOp (time-based, as PayFiP's). Both addresses must be on this
     * portal: the simulator never calls or sends a browser anywhere else.
     */
    @Transactional
    public String create(Map<String, String> arg) throws SimulatorFault {
        String saisie = arg.getOrDefault("saisie", "");
        if (!Set.of("T", "X", "W").contains(saisie)) {
            throw SimulatorFault.functional("S1", "Le type de saisie doit être T, X ou W");
        }
        String numcli = arg.getOrDefault("numcli", "");
        if (!numcli.matches("[0-9]{6}")) {
            throw SimulatorFault.functional("T1", "Le numéro client doit comporter 6 chiffres");
        }
        if (clientName(numcli).isEmpty()) {
            throw SimulatorFault.functional("T2", "Le N° du client doit être pré-existant dans la base PayFiP");
        }
        String exer = arg.getOrDefault("exer", "");
        if (!exer.matches("[0-9]{4}")) {
            throw SimulatorFault.functional("X1", "L'exercice doit comporter 4 chiffres");
        }
        String montant = arg.getOrDefault("montant", "");
        if (!montant.matches("[0-9]{1,9}")) {
            throw SimulatorFault.functional("M1", "Le format du montant n'est pas correct");
        }
        long cents = Long.parseLong(montant);
        if (cents < PayfipFields.MIN_AMOUNT_CENTS) {
            throw SimulatorFault.functional("M3", "Le montant doit être d'au moins 1 euro");
        }
        if (cents > PayfipFields.MAX_AMOUNT_CENTS) {
            throw SimulatorFault.functional("M5", "Le montant dépasse la limite autorisée");
        }
        String mel = arg.getOrDefault("mel", "");
        if (mel.isEmpty()) {
            throw SimulatorFault.functional("A1", "L'adresse électronique doit être renseignée");
        }
        if (!EMAIL.matcher(mel).matches() || mel.length() < 6 || mel.length() > 80) {
            throw SimulatorFault.functional("A2", "L'adresse électronique est incorrecte");
        }
        String urlnotif = arg.getOrDefault("urlnotif", "");
        if (!onPortal(urlnotif, portalBase())) {
            throw SimulatorFault.functional("N1", "L'URL de notification n'est pas valide (hors du portail)");
        }
        String urlredirect = arg.getOrDefault("urlredirect", "");
        if (!onPortal(urlredirect, portalBase())) {
            throw SimulatorFault.functional("D1", "L'URL de redirection n'est pas valide (hors du portail)");
        }
        String refdet = arg.getOrDefault("refdet", "");
        if (!PayfipFields.validReference(refdet)) {
            throw SimulatorFault.functional("R3", "Le format du paramètre REFDET n'est pas conforme");
        }
        String objet = arg.getOrDefault("objet", "");
        if (objet.length() > PayfipFields.MAX_OBJET || !objet.matches("[A-Za-z0-9 ]*")) {
            throw SimulatorFault.functional("O1", "L'objet ne doit comporter que des lettres, des chiffres et des espaces");
        }
        Instant now = clock.instant();
        String idOp = TimeBasedIds.next(now);
        em.createNativeQuery("insert into payfip_simulator_operation (id_op, numcli, exer, refdet, objet, montant, mel,"
                        + " urlnotif, urlredirect, saisie, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, idOp).setParameter(2, numcli).setParameter(3, Integer.parseInt(exer))
                .setParameter(4, refdet).setParameter(5, objet).setParameter(6, cents).setParameter(7, mel)
                .setParameter(8, urlnotif).setParameter(9, urlredirect).setParameter(10, saisie)
                .setParameter(11, OffsetDateTime.ofInstant(now, ClockProducer.PARIS))
                .executeUpdate();
        return idOp;
    }

    /**
     * recupererDetailPaiementSecurise: P1 when unknown or older than a day (PayFiP purges its
     * operations), P5 while the payer has not chosen or while
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
        if (!clock.instant().isBefore(op.createdAt().plus(PURGED_AFTER))) {
            throw SimulatorFault.functional("P1", "IdOp incorrect");
        }
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

    /**
     * recupererDetailClient: the client's three label lines (here the régie, the town, and the
     * environment), or T1/T2 as for a creation.
     */
    public Map<String, String> client(String numCli) throws SimulatorFault {
        if (numCli == null || !numCli.matches("[0-9]{6}")) {
            throw SimulatorFault.functional("T1", "Le numéro client doit comporter 6 chiffres");
        }
        String name = clientName(numCli).orElseThrow(
                () -> SimulatorFault.functional("T2", "Le N° du client doit être pré-existant dans la base PayFiP"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("libelleN1", name);
        fields.put("libelleN2", portal.townName());
        fields.put("libelleN3", "Simulateur PayFiP");
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
                .setParameter(3, paid ? authorisationNumber() : null)
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

    /** The portal's base URL, which urlnotif and urlredirect must start with. */
    private URI portalBase() {
        return URI.create(portal.baseUrl().orElse(PortalLinks.DEFAULT_BASE) + "/");
    }

    /** Whether {@code url} is an http(s) address under {@code base} (same scheme, host and port, path below). */
    static boolean onPortal(String url, URI base) {
        if (url == null || url.isEmpty() || url.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(url).normalize();
            return uri.getScheme() != null && uri.getScheme().equalsIgnoreCase(base.getScheme())
                    && uri.getHost() != null && uri.getHost().equalsIgnoreCase(base.getHost())
                    && port(uri) == port(base) && uri.getRawUserInfo() == null
                    && uri.getRawPath() != null && (uri.getRawPath() + "/").startsWith(base.getRawPath());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Shaped like PayFiP's authorisation numbers: twelve digits and "-tip". */
    static String authorisationNumber() {
        return String.format("%06d%06d-tip", RANDOM.nextInt(1_000_000), RANDOM.nextInt(1_000_000));
    }

    private static SimulatedOperation operation(Object[] r) {
        return new SimulatedOperation((String) r[0], str(r[1]), ((Number) r[2]).intValue(), str(r[3]), str(r[4]),
                ((Number) r[5]).longValue(), str(r[6]), str(r[7]), str(r[8]), str(r[9]), SqlInstants.instant(r[10]),
                str(r[11]), str(r[12]), str(r[13]), str(r[14]));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString().strip();
    }
}
