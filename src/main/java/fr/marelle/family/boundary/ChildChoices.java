package fr.marelle.family.boundary;

import fr.marelle.family.entity.Diet;
import fr.marelle.planning.control.Sites;
import fr.marelle.planning.entity.SchoolLevel;
import fr.marelle.planning.entity.Site;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The lists a child's form offers (schools, levels, diets), for the parent's and the staff's page alike. */
@Named
@RequestScoped
public class ChildChoices {

    @Inject
    Sites sites;

    private List<Site> schools;
    private List<SchoolLevel> levels;

    public List<Site> getSchools() {
        if (schools == null) {
            schools = sites.schools();
        }
        return schools;
    }

    public List<SchoolLevel> getLevels() {
        if (levels == null) {
            levels = sites.levels();
        }
        return levels;
    }

    public Diet[] getDiets() { return Diet.values(); }
}
