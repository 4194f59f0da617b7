package fr.marelle.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Named settings of the town kept in the database (table setting). */
@ApplicationScoped
public class Settings {

    @PersistenceContext
    EntityManager em;

    public Optional<String> get(String name) {
        List<?> rows = em.createNativeQuery("select value from setting where name = ?1")
                .setParameter(1, name).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    @Transactional
    public void put(String name, String value) {
        em.createNativeQuery("insert into setting (name, value) values (?1, ?2) "
                        + "on conflict (name) do update set value = excluded.value")
                .setParameter(1, name).setParameter(2, value).executeUpdate();
    }
}
