package fr.marelle.family.control;

import fr.marelle.audit.entity.Actor;
import fr.marelle.family.control.GuardianRules.Invitee;
import fr.marelle.family.entity.Guardian;
import fr.marelle.family.entity.GuardianInvitation;
import fr.marelle.family.entity.Household;
import fr.marelle.family.entity.InvitationState;
import fr.marelle.identity.control.AccountAdministration;
import fr.marelle.identity.control.AccountForm;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.control.InvitationAccepted;
import fr.marelle.identity.control.MailGreeting;
import fr.marelle.identity.control.OneTimeTokens;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.identity.entity.Role;
import fr.marelle.identity.entity.TokenPurpose;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.platform.control.RequestThrottle;
import fr.marelle.platform.control.ThrottledAction;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A guardian invites another adult to become guardian of the household with the same rights.
 * A new e-mail gets an INVITED parent account and the identity invitation link (choose a password:
 * the person joins the household then); an account without household accepts after signing in.
 */
@ApplicationScoped
public class GuardianInvitations {

    private static final Logger LOG = Logger.getLogger(GuardianInvitations.class.getName());

    /** An invitation with the invited person. */
    public record Pending(GuardianInvitation invitation, Account invitee) {
    }

    /** An invitation addressed to the signed-in person, with the household and who invited. */
    public record Offer(GuardianInvitation invitation, String householdName, String inviterName) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    Households households;

    @Inject
    HouseholdHistory history;

    @Inject
    Accounts accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    OneTimeTokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    @Inject
    Clock clock;

    @Inject
    RequestThrottle throttle;

    /** A guardian of the household invites a person by e-mail; refused with the reason (field "email"). */
    @Transactional
    public GuardianInvitation invite(long actorId, String firstName, String lastName, String rawEmail) {
        Account inviter = access.actor(actorId);
        Household household = households.requireMine(actorId);
        String email = AccountForm.normalizeEmail(rawEmail);
        List<Violation> violations = new ArrayList<>();
        AccountForm.checkName("firstName", firstName, violations);
        AccountForm.checkName("lastName", lastName, violations);
        AccountForm.checkEmail("email", email, violations);
        RuleViolationException.throwIfAny(violations);
        // each invitation mails an address nobody confirmed: a household sends a few a day, not hundreds
        throttle.acquire(ThrottledAction.INVITATION_PER_HOUSEHOLD, String.valueOf(household.getId()));

        // one invitation at a time per household (the guardian limit) and per e-mail (account creation)
        em.lock(household, LockModeType.PESSIMISTIC_WRITE);
        accounts.lockEmail(email);
        OffsetDateTime now = OffsetDateTime.now(clock);
        closeExpired(household.getId(), now);
        Optional<Account> existing = accounts.byEmail(email);
        Invitee invitee = existing.map(a -> new Invitee(true, a.getStatus(), a.hasRole(Role.PARENT) && !a.hasRoleBesidesParent(),
                        access.householdOf(a.getId()).orElse(null), !open(household.getId(), a.getId()).isEmpty()))
                .orElse(Invitee.newPerson());
        String refusal = GuardianRules.invitationRefusal(household.getId(), households.guardianIds(household.getId()).size(),
                open(household.getId(), null).size(), invitee);
        if (refusal != null) {
            throw RuleViolationException.of("email", refusal, GuardianRules.MAX_GUARDIANS);
        }
        Account account = existing.orElseGet(
                () -> administration.createInvitedParent(firstName, lastName, email, inviter.getLanguage()));
        GuardianInvitation invitation = new GuardianInvitation(household.getId(), account.getId(), actorId, now);
        em.persist(invitation);
        em.flush();
        // nothing the inviter typed (names, household name): the link's page or "Mon foyer" shows who invites
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("greetingName", MailGreeting.nameOf(account));
        values.put("days", GuardianInvitation.VALIDITY.toDays());
        if (account.getStatus() == AccountStatus.INVITED) {
            String token = tokens.issue(account, TokenPurpose.INVITATION);
            values.put("link", links.to("/invitation.xhtml?token=" + token));
            outbox.queue(account.getEmail(), account.getLanguage(), "guardian-invitation", values);
        } else {
            values.put("link", links.to("/parent/household.xhtml"));
            outbox.queue(account.getEmail(), account.getLanguage(), "guardian-invitation-existing", values);
        }
        history.record(household.getId(), "guardianInvitation", invitation.getId(), account.fullName(), null,
                Map.of("email", account.getEmail()));
        return invitation;
    }

    /** A guardian withdraws a pending invitation of the household; its link stops working. */
    @Transactional
    public void cancel(long actorId, long invitationId) {
        Household household = households.requireMine(actorId);
        GuardianInvitation invitation = em.find(GuardianInvitation.class, invitationId);
        if (invitation == null || !invitation.getHouseholdId().equals(household.getId())) {
            throw new UnknownRecordException("guardian invitation", invitationId);
        }
        if (invitation.getState() != InvitationState.PENDING) {
            throw RuleViolationException.of(null, "guardian.invitation.closed");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        invitation.close(InvitationState.CANCELLED, now);
        Account invitee = accounts.require(invitation.getAccountId());
        if (invitee.getStatus() == AccountStatus.INVITED && openFor(invitee.getId(), now).isEmpty()) {
            tokens.revoke(invitee, TokenPurpose.INVITATION);
        }
        history.record(household.getId(), "guardianInvitation", invitationId, invitee.fullName(),
                Map.of("email", invitee.getEmail()), null);
    }

    /** The household's invitations still pending (not expired), oldest first. */
    public List<Pending> pendingOf(long actorId, long householdId) {
        access.household(actorId, householdId);
        List<Pending> result = new ArrayList<>();
        for (GuardianInvitation i : open(householdId, null)) {
            if (i.isOpen(OffsetDateTime.now(clock))) {
                result.add(new Pending(i, accounts.require(i.getAccountId())));
            }
        }
        return result;
    }

    /** The household invitation behind an invitation link (the last one sent), shown before the person chooses. */
    public Optional<Offer> offerBehind(String invitationToken) {
        Account invitee = tokens.peek(invitationToken, TokenPurpose.INVITATION);
        List<Offer> offers = offersFor(invitee.getId());
        return offers.isEmpty() ? Optional.empty() : Optional.of(offers.get(offers.size() - 1));
    }

    /** The invitations addressed to the signed-in person that they can still accept. */
    public List<Offer> offersFor(long actorId) {
        List<Offer> result = new ArrayList<>();
        for (GuardianInvitation i : openFor(actorId, OffsetDateTime.now(clock))) {
            Household household = em.find(Household.class, i.getHouseholdId());
            String inviter = i.getInvitedBy() == null ? "" : accounts.byId(i.getInvitedBy()).map(Account::fullName).orElse("");
            result.add(new Offer(i, household.getName(), inviter));
        }
        return result;
    }

    /** The signed-in invitee joins the household (an invitation to somebody else: 404). */
    @Transactional
    public Household accept(long actorId, long invitationId) {
        Account account = access.actor(actorId);
        GuardianInvitation invitation = addressedTo(actorId, invitationId);
        join(invitation, account, new Actor(account.getId(), account.getEmail(), null), true);
        return em.find(Household.class, invitation.getHouseholdId());
    }

    @Transactional
    public void decline(long actorId, long invitationId) {
        Account account = access.actor(actorId);
        GuardianInvitation invitation = addressedTo(actorId, invitationId);
        if (invitation.getState() != InvitationState.PENDING) {
            throw RuleViolationException.of(null, "guardian.invitation.closed");
        }
        invitation.close(InvitationState.DECLINED, OffsetDateTime.now(clock));
        history.recordAs(new Actor(account.getId(), account.getEmail(), null), invitation.getHouseholdId(),
                "guardianInvitation", invitationId, account.fullName(), Map.of("email", account.getEmail()), null);
    }

    /**
     * A new person chose their password from the invitation link: they join the household of the
     * newest invitation still open. If the household is full meanwhile, the account stays active
     * and the invitation pending (the person sees it on their household page).
     */
    void onInvitationAccepted(@Observes InvitationAccepted event) {
        if (!event.joinHousehold()) {
            return; // the invitation stays open: the person may accept or decline it once signed in
        }
        Account account = em.find(Account.class, event.accountId());
        List<GuardianInvitation> open = openFor(event.accountId(), OffsetDateTime.now(clock));
        if (account == null || open.isEmpty()) {
            return;
        }
        try {
            join(open.get(open.size() - 1), account, new Actor(account.getId(), account.getEmail(), null), false);
        } catch (RuleViolationException e) {
            LOG.info("invitation of account " + event.accountId() + " not applied: " + e.violations());
        }
    }

    private void join(GuardianInvitation invitation, Account account, Actor actor, boolean lock) {
        Household household = em.find(Household.class, invitation.getHouseholdId(),
                lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!invitation.isOpen(now)) {
            throw RuleViolationException.of(null, invitation.getState() == InvitationState.PENDING
                    ? "guardian.invitation.expired" : "guardian.invitation.closed");
        }
        String refusal = GuardianRules.joinRefusal(access.householdOf(account.getId()).orElse(null),
                households.guardianIds(household.getId()).size());
        if (refusal != null) {
            throw RuleViolationException.of(null, refusal, GuardianRules.MAX_GUARDIANS);
        }
        em.persist(new Guardian(account.getId(), household.getId(), now));
        invitation.close(InvitationState.ACCEPTED, now);
        em.flush();
        history.recordAs(actor, household.getId(), "guardian", account.getId(), account.fullName(), null,
                Map.of("account", account.getEmail()));
        households.refreshSearch(household.getId());
    }

    private GuardianInvitation addressedTo(long actorId, long invitationId) {
        GuardianInvitation invitation = em.find(GuardianInvitation.class, invitationId);
        if (invitation == null || invitation.getAccountId() != actorId) {
            throw new UnknownRecordException("guardian invitation", invitationId);
        }
        return invitation;
    }

    /** Pending invitations of the household (of one account when given), oldest first. */
    private List<GuardianInvitation> open(long householdId, Long accountId) {
        return em.createQuery("select i from GuardianInvitation i where i.householdId = :h and i.state = :s"
                        + " order by i.createdAt, i.id", GuardianInvitation.class)
                .setParameter("h", householdId).setParameter("s", InvitationState.PENDING)
                .getResultStream().filter(i -> accountId == null || i.getAccountId().equals(accountId)).toList();
    }

    private List<GuardianInvitation> openFor(long accountId, OffsetDateTime now) {
        return em.createQuery("select i from GuardianInvitation i where i.accountId = :a and i.state = :s"
                        + " and i.expiresAt > :now order by i.createdAt, i.id", GuardianInvitation.class)
                .setParameter("a", accountId).setParameter("s", InvitationState.PENDING).setParameter("now", now)
                .getResultList();
    }

    /** Expired invitations are closed, so that the person can be invited again. */
    private void closeExpired(long householdId, OffsetDateTime now) {
        for (GuardianInvitation i : open(householdId, null)) {
            if (!i.isOpen(now)) {
                i.close(InvitationState.CANCELLED, now);
            }
        }
        em.flush();
    }
}
