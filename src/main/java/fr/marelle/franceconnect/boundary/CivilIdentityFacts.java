package fr.marelle.franceconnect.boundary;

import fr.marelle.franceconnect.control.VerifiedCivilIdentities;
import fr.marelle.franceconnect.entity.VerifiedCivilIdentity;
import fr.marelle.identity.control.Acting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** For the staff household page: whether a guardian's civil identity was verified, and how. */
@Named("civilIdentities")
@RequestScoped
public class CivilIdentityFacts {

    @Inject
    Acting acting;

    @Inject
    VerifiedCivilIdentities identities;

    private final Map<Long, Optional<VerifiedCivilIdentity>> read = new HashMap<>();

    /** The guardian's verified identity, or null (read once per request: the page asks several times). */
    public VerifiedCivilIdentity of(long householdId, long accountId) {
        return read.computeIfAbsent(accountId, id -> identities.ofGuardian(acting.require().getId(), householdId, id)).orElse(null);
    }
}
