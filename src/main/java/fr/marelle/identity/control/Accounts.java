package fr.marelle.identity.control;

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

    /** Accounts whose name or e-mail contains the text (without case), optionally of one role. */
    public List<Account> search(String text, Role role, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
        String jpql = "select distinct a from Account a" + (role == null ? "" : " join a.roles r")
                + " where (lower(a.email) like :t or lower(concat(a.firstName, ' ', a.lastName)) like :t"
                + " or lower(concat(a.lastName, ' ', a.firstName)) like :t)"
                + (role == null ? "" : " and r = :role")
                + " order by a.lastName, a.firstName";
        var query = em.createQuery(jpql, Account.class).setParameter("t", like).setMaxResults(limit);
        if (role != null) {
            query.setParameter("role", role);
        }
        return query.getResultList();
    }

    /** Serialises concurrent work on one e-mail (e.g. two registrations at once) until commit. */
    public void lockEmail(String email) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "account:" + email.toLowerCase()).getSingleResult();
    }
}
