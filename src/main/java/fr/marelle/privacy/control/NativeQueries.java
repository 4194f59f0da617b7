package fr.marelle.privacy.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** The privacy capability's native SQL (export, erasure, retention), with parameters numbered ?1, ?2… in order. */
final class NativeQueries {

    private NativeQueries() {
    }

    static Query bound(EntityManager em, String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
