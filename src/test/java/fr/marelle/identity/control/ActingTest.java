package fr.marelle.identity.control;

import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.identity.entity.Role;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActingTest {

    private static Account account(long id, Set<Role> roles) {
        Account account = new Account("x@example.org", "X", "Y", AccountStatus.ACTIVE, EnumSet.copyOf(roles), OffsetDateTime.now());
        try {
            var field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return account;
    }

    /** The request of {@code account}, signed in with {@code callerRoles} (a token's one role, or all of them). */
    private static Acting acting(Account account, Set<Role> callerRoles) {
        Acting acting = new Acting();
        acting.accounts = new Accounts() {
            @Override
            public Optional<Account> byEmail(String email) {
                return Optional.ofNullable(account);
            }

            @Override
            public Optional<Account> byId(long id) {
                return Optional.ofNullable(account).filter(a -> a.getId() == id);
            }
        };
        acting.security = new SecurityContext() {
            @Override
            public Principal getCallerPrincipal() {
                return account == null ? null : account::getEmail;
            }

            @Override
            public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
                return Set.of();
            }

            @Override
            public boolean isCallerInRole(String role) {
                return callerRoles.contains(Role.valueOf(role));
            }

            @Override
            public boolean hasAccessToWebResource(String resource, String... methods) {
                return false;
            }

            @Override
            public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                                     AuthenticationParameters parameters) {
                return AuthenticationStatus.NOT_DONE;
            }
        };
        return acting;
    }

    @Test
    void planningStaffIsAgentOrAdministratorAndFinanceIsNotPlanningStaff() {
        assertTrue(acting(account(1, Set.of(Role.AGENT)), Set.of(Role.AGENT)).isPlanningStaff());
        assertTrue(acting(account(1, Set.of(Role.ADMIN)), Set.of(Role.ADMIN)).isPlanningStaff());
        assertFalse(acting(account(1, Set.of(Role.FINANCE)), Set.of(Role.FINANCE)).isPlanningStaff());
        assertTrue(acting(account(1, Set.of(Role.FINANCE)), Set.of(Role.FINANCE)).isFinanceStaff());
        assertTrue(acting(account(1, Set.of(Role.ADMIN)), Set.of(Role.ADMIN)).isFinanceStaff());
        assertFalse(acting(account(1, Set.of(Role.AGENT)), Set.of(Role.AGENT)).isFinanceStaff());
    }

    @Test
    void theRolesAreTheCallersNotTheAccounts() {
        // a PARENT token of a PARENT+AGENT account
        Acting token = acting(account(7, Set.of(Role.PARENT, Role.AGENT)), Set.of(Role.PARENT));
        assertFalse(token.isPlanningStaff());
        assertFalse(token.actsAsPlanningStaff(7));
        assertTrue(token.acts(7, Role.PARENT));
        assertThrows(SecurityException.class, token::requirePlanningStaff);
        assertThrows(SecurityException.class, () -> token.requireRoleUnlessSystem(Acting.PLANNING_STAFF));
        assertEquals(7L, token.requireRole(Role.PARENT).getId());
    }

    @Test
    void anotherAccountsIdGetsNoRole() {
        Acting agent = acting(account(7, Set.of(Role.AGENT)), Set.of(Role.AGENT));
        assertTrue(agent.actsAsPlanningStaff(7));
        assertFalse(agent.actsAsPlanningStaff(8));
    }

    @Test
    void nobodySignedInIsNotSignedInAndOnlyCodeWithoutCallerActsAsTheSystem() {
        Acting anonymous = acting(null, Set.of());
        assertThrows(NotSignedInException.class, anonymous::require);
        assertThrows(NotSignedInException.class, () -> anonymous.requireRoleUnlessSystem(Role.ADMIN));
        anonymous.actAsSystem();
        anonymous.requireRoleUnlessSystem(Role.ADMIN);

        Acting parent = acting(account(3, Set.of(Role.PARENT)), Set.of(Role.PARENT));
        assertThrows(SecurityException.class, parent::actAsSystem);
    }
}
