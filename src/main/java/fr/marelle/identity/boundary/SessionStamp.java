package fr.marelle.identity.boundary;

import fr.marelle.identity.entity.Account;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The account's credentials version a session signed in with. The account's version is in the
 * database, so a password change on one node ends the sessions held by every node at their next
 * request ({@code RequestContextFilter}), with nothing to track in memory.
 */
public final class SessionStamp {

    static final String ATTRIBUTE = "marelle.credentialsVersion";

    private SessionStamp() {
    }

    /** Marks the request's session (created if needed) as signed in with the account's current credentials. */
    public static void stamp(HttpServletRequest request, Account account) {
        request.getSession(true).setAttribute(ATTRIBUTE, account.getCredentialsVersion());
    }

    /** True when the session signed in with the account's current credentials; false when it has no stamp. */
    public static boolean isCurrent(HttpSession session, Account account) {
        try {
            return session.getAttribute(ATTRIBUTE) instanceof Integer stamped && stamped == account.getCredentialsVersion();
        } catch (IllegalStateException e) {
            // invalidated meanwhile
            return false;
        }
    }
}
