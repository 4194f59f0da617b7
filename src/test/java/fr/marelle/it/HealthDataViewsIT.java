package fr.marelle.it;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Staff seeing a child's health data is traced: the household file an agent opens names, in the
 * audit trail, the children whose allergies, PAI or doctor it showed; a file without health data,
 * and a parent reading their own, leave no such entry. Demo families famille391 and famille392.
 */
class HealthDataViewsIT extends PortalITBase {

    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String PARENT = Api.basic("famille391@example.net", ItEnvironment.DEMO_PASSWORD);

    private static long household(String email) {
        return Sql.count("select h.id from household h join account a on a.id = h.billing_account_id where a.email = '" + email + "'");
    }

    private static long views(String actor, long household) {
        return Sql.count("select count(*) from audit_entry where action = 'HEALTH_DATA_VIEWED' and object_type = 'household'"
                + " and object_id = '" + household + "' and actor_email = '" + actor + "'");
    }

    @Test
    void anAgentOpeningAHouseholdFileWithAllergiesIsTracedWithTheChildAndOnlyThen() {
        long withAllergy = household("famille391@example.net");
        long without = household("famille392@example.net");
        long child = Sql.count("select min(child_id) from household_child where household_id = " + withAllergy);
        Sql.update("update child set allergies = 'arachide', pai = false, doctor_name = null where id = " + child);
        Sql.update("update child set allergies = null, pai = false, doctor_name = null where id in"
                + " (select child_id from household_child where household_id = " + without + ")");

        assertEquals(200, Api.get("/api/v1/staff/households/" + withAllergy, "Authorization", AGENT).statusCode());
        assertEquals(1, views("agent@example.org", withAllergy));
        assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'HEALTH_DATA_VIEWED'"
                + " and object_id = '" + withAllergy + "' and after_json -> 'childIds' @> '[" + child + "]'"));

        assertEquals(200, Api.get("/api/v1/staff/households/" + without, "Authorization", AGENT).statusCode());
        assertEquals(0, views("agent@example.org", without), "no health data shown, nothing traced");

        assertEquals(200, Api.get("/api/v1/household", "Authorization", PARENT).statusCode());
        assertEquals(0, views("famille391@example.net", withAllergy), "a family reading its own file is not traced");
    }
}
