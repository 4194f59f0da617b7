package fr.marelle.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Native SQL with its parameters numbered ?1, ?2… in order (privacy's export, erasure and retention, the audit trail's search). */
public final class NativeQueries {

    private NativeQueries() {
    }

    public static Query bound(EntityManager em, String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
