package fr.marelle.identity.control;

import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who acts in this request and with which roles: the one place every authorisation rule reads.
 * <p>
 * The roles are the container's caller roles, not {@link Account#getRoles()}: an API token acts with
 * the one role it was given, so a PARENT token of a PARENT+AGENT account must not pass an agent's
 * rule. Code that runs without a caller (the demo town at start-up) declares it with
 * {@link #actAsSystem()}; the stored roles of the account it names then apply.
 */
@RequestScoped
public class Acting {

    /** Planning staff: sites, activities, sessions, households, registrations, attendance. */
    public static final Role[] PLANNING_STAFF = {Role.AGENT, Role.ADMIN};
    /** Finance staff: invoicing, payments, credit notes, exports. */
    public static final Role[] FINANCE_STAFF = {Role.FINANCE, Role.ADMIN};

    private static final String DECLARED_GROUPS = Acting.class.getName() + ".groups";
    private static final String DECLARED_ACCOUNT = Acting.class.getName() + ".account";

    @Inject
    SecurityContext security;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    @Inject
    Accounts accounts;

    private Optional<Account> account;
    private boolean system;
    private String rolesCaller;
    private final java.util.Map<Role, Boolean> rolesHeld = new java.util.EnumMap<>(Role.class);

    /** The signed-in account, if any. */
    public Optional<Account> account() {
        if (account == null) {
            String name = callerName();
            account = name == null ? Optional.empty() : declaredAccount(name).or(() -> accounts.byEmail(name));
        }
        return account;
    }

    /**
     * The signed-in account itself when the caller is that account (the request's signed-in account, read
     * once), not the system; the controls ask here before reading the account again.
     */
    public Optional<Account> signedIn(long accountId) {
        return system ? Optional.empty() : account().filter(a -> a.getId() == accountId);
    }

    /** The signed-in account, or {@link NotSignedInException} (401 on the API). */
    public Account require() {
        return account().orElseThrow(NotSignedInException::new);
    }

    /** The signed-in account if it acts with one of the roles; {@link SecurityException} (403) otherwise. */
    public Account requireRole(Role... anyOf) {
        Account actor = require();
        if (!hasAny(anyOf)) {
            throw new SecurityException("account " + actor.getId() + " does not act as one of " + Arrays.toString(anyOf));
        }
        return actor;
    }

    /**
     * For controls that change what everybody shares (the planning): the caller acts with one of the roles,
     * or the start-up code runs as the system. The boundary checked it already; this is the second lock.
     */
    public void requireRoleUnlessSystem(Role... anyOf) {
        if (!system) {
            requireRole(anyOf);
        }
    }

    public Account requirePlanningStaff() {
        return requireRole(PLANNING_STAFF);
    }

    public Account requireFinanceStaff() {
        return requireRole(FINANCE_STAFF);
    }

    public boolean has(Role role) {
        if (system) {
            return false;
        }
        String caller = callerName();
        java.util.Set<String> declared = declaredGroups();
        if (caller != null && declared != null) {
            return declared.contains(role.name());
        }
        // the container's role check costs a naming lookup and a policy check: once per role and caller
        if (!java.util.Objects.equals(caller, rolesCaller)) {
            rolesHeld.clear();
            rolesCaller = caller;
        }
        return rolesHeld.computeIfAbsent(role, r -> security.isCallerInRole(r.name()));
    }

    /**
     * For the authentication mechanism: the groups it hands the container for this request (an API token's
     * role, the account's roles for HTTP Basic), which are then the caller's roles without asking the container.
     */
    public static void declareGroups(jakarta.servlet.http.HttpServletRequest request, java.util.Set<String> groups) {
        request.setAttribute(DECLARED_GROUPS, java.util.Set.copyOf(groups));
    }

    /**
     * For the authentication mechanism: the account it just read and checked (active, holding the role), so that
     * this request does not read it again by its e-mail.
     */
    public static void declareAccount(jakarta.servlet.http.HttpServletRequest request, Account account) {
        request.setAttribute(DECLARED_ACCOUNT, account);
    }

    private Optional<Account> declaredAccount(String caller) {
        try {
            return request.getAttribute(DECLARED_ACCOUNT) instanceof Account declared
                    && declared.getEmail().equalsIgnoreCase(caller) ? Optional.of(declared) : Optional.empty();
        } catch (RuntimeException outsideAnHttpRequest) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private java.util.Set<String> declaredGroups() {
        try {
            return request.getAttribute(DECLARED_GROUPS) instanceof java.util.Set<?> groups ? (java.util.Set<String>) groups : null;
        } catch (RuntimeException outsideAnHttpRequest) {
            return null;
        }
    }

    public boolean hasAny(Role... roles) {
        return Arrays.stream(roles).anyMatch(this::has);
    }

    /** AGENT or ADMIN. */
    public boolean isPlanningStaff() {
        return hasAny(PLANNING_STAFF);
    }

    /** FINANCE or ADMIN. */
    public boolean isFinanceStaff() {
        return hasAny(FINANCE_STAFF);
    }

    /**
     * Whether the account acts with one of the roles in this request: it must be the signed-in account
     * (a control given another account's id gets no role), or the request must run as the system.
     */
    public boolean acts(long accountId, Role... anyOf) {
        if (system) {
            return accounts.byId(accountId).filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                    .map(a -> Arrays.stream(anyOf).anyMatch(a::hasRole)).orElse(false);
        }
        return account().map(a -> a.getId() == accountId).orElse(false) && hasAny(anyOf);
    }

    public boolean actsAsPlanningStaff(long accountId) {
        return acts(accountId, PLANNING_STAFF);
    }

    public boolean actsAsFinanceStaff(long accountId) {
        return acts(accountId, FINANCE_STAFF);
    }

    /** For code that runs without any caller (start-up): the accounts it names act with their stored roles. */
    public void actAsSystem() {
        if (callerName() != null) {
            throw new SecurityException("a signed-in request cannot act as the system");
        }
        system = true;
    }

    private String callerName() {
        try {
            Principal principal = security.getCallerPrincipal();
            return principal == null ? null : principal.getName();
        } catch (RuntimeException outsideAnHttpRequest) {
            return null;
        }
    }
}
