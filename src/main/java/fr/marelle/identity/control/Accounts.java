package fr.marelle.identity.control;

import fr.marelle.platform.control.PageRequest;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Finding accounts. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    public Optional<Account> byEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where lower(a.email) = :email", Account.class)
                .setParameter("email", AccountForm.normalizeEmail(email).toLowerCase())
                .getResultStream().findFirst();
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Account require(long id) {
        return byId(id).orElseThrow(() -> RuleViolationException.of(null, "account.notFound"));
    }

    /** Accounts whose name or e-mail contains the text (without case), optionally of one role: one page, by name. */
    public List<Account> search(String text, Role role, PageRequest page) {
        var query = em.createQuery("select distinct a from Account a" + matching(role)
                        + " order by a.lastName, a.firstName, a.id", Account.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit());
        return bind(query, text, role).getResultList();
    }

    /** How many accounts {@link #search(String, Role, PageRequest)} pages through. */
    public long count(String text, Role role) {
        return bind(em.createQuery("select count(distinct a) from Account a" + matching(role), Long.class), text, role)
                .getSingleResult();
    }

    private static String matching(Role role) {
        return (role == null ? "" : " join a.roles r") + " where (lower(a.email) like :t"
                + " or lower(concat(a.firstName, ' ', a.lastName)) like :t or lower(concat(a.lastName, ' ', a.firstName)) like :t)"
                + (role == null ? "" : " and r = :role");
    }

    private static <Q extends jakarta.persistence.Query> Q bind(Q query, String text, Role role) {
        query.setParameter("t", "%" + (text == null ? "" : text.strip().toLowerCase()) + "%");
        if (role != null) {
            query.setParameter("role", role);
        }
        return query;
    }

    /** Serialises concurrent work on one e-mail (e.g. two registrations at once) until commit. */
    public void lockEmail(String email) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "account:" + email.toLowerCase()).getSingleResult();
    }
}
