package fr.marelle.treasury.control;

import fr.marelle.platform.control.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Fictitious treasury settings of the demo town, so that the demo month's run can be exported as PES: the
 * three régies share the main budget (CodCol 001, CodBud 00); sports and culture has its own annex budget.
 */
@ApplicationScoped
public class TreasuryDemoData implements DemoData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 57;
    }

    @Override
    public void load() {
        em.createNativeQuery("insert into treasury_budget (regie_code, id_post, id_coll, cod_col, cod_bud, dgfip_prints, updated_at)"
                        + " values ('PERISCOLAIRE', '049099', '21490100100013', '001', '00', false, ?1),"
                        + " ('LOISIRS', '049099', '21490100100013', '001', '00', false, ?1),"
                        + " ('SPORTS_CULTURE', '049099', '21490100100021', '001', '01', false, ?1) on conflict do nothing")
                .setParameter(1, OffsetDateTime.now(clock)).executeUpdate();
        em.createNativeQuery("insert into treasury_product (regie_code, activity_type, cod_prod_loc, nature)"
                + " select b.regie_code, p.type, p.code, '588' from treasury_budget b cross join (values ('CANTEEN', 'CANT'),"
                + " ('MORNING_CARE', 'PERI'), ('EVENING_CARE', 'PERI'), ('WEDNESDAY_CENTRE', 'ALSH'), ('HOLIDAY_CAMP', 'ALSH'),"
                + " ('WEEKLY_CLASS', 'ACTS'), ('ROOM_HIRE', 'SALL')) as p (type, code) on conflict do nothing").executeUpdate();
    }
}
