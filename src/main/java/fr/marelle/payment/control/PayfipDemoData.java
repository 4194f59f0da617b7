package fr.marelle.payment.control;

import fr.marelle.platform.control.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Demo PayFiP client numbers of the three régies (the simulator knows them; PayFiP would not). */
@ApplicationScoped
public class PayfipDemoData implements DemoData {

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 55;
    }

    @Override
    public void load() {
        em.createNativeQuery("update regie set payfip_client = case code"
                + " when 'PERISCOLAIRE' then '000001' when 'LOISIRS' then '000002' when 'SPORTS_CULTURE' then '000003'"
                + " else payfip_client end where payfip_client is null").executeUpdate();
    }
}
