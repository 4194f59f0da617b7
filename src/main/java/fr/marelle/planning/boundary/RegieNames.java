package fr.marelle.planning.boundary;

import fr.marelle.planning.control.Activities;
import fr.marelle.planning.entity.Regie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;
import java.util.stream.Collectors;

/** The pages' names of the régies ({@code #{regies.name('PERISCOLAIRE')}} → "Régie périscolaire"), never their codes. */
@Named("regies")
@RequestScoped
public class RegieNames {

    @Inject
    Activities activities;

    private Map<String, String> names;

    public String name(String code) {
        if (names == null) {
            names = activities.regies().stream().collect(Collectors.toMap(Regie::getCode, Regie::getName));
        }
        return code == null ? "" : names.getOrDefault(code, code);
    }
}
