package fr.marelle.enrolment.boundary;

import fr.marelle.enrolment.control.SchoolMap;
import fr.marelle.enrolment.entity.SchoolMapEntry;
import fr.marelle.identity.control.Acting;
import fr.marelle.planning.control.Sites;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Administrator: the school map, and its replacement by a CSV file (every wrong line named, nothing imported then). */
@Named
@RequestScoped
public class SchoolMapPage {

    private static final int MAX_BYTES = 1024 * 1024;

    @Inject
    Acting acting;

    @Inject
    SchoolMap map;

    @Inject
    Sites sites;

    private Part file;
    private List<SchoolMapEntry> entries;
    private Map<Long, String> schools;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Feedback.refused(RuleViolationException.of("file", "schoolMap.file.empty"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Feedback.refused(RuleViolationException.of("file", "schoolMap.file.tooLarge", MAX_BYTES / 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            SchoolMap.ImportReport report = map.replace(acting.require().getId(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            entries = null;
            Feedback.info("schoolMap.imported", report.lines(), report.before());
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<SchoolMapEntry> getEntries() {
        if (entries == null) {
            entries = map.entries();
        }
        return entries;
    }

    public String school(long siteId) {
        if (schools == null) {
            schools = sites.schools().stream().collect(Collectors.toMap(Site::getId, Site::getName));
        }
        return schools.getOrDefault(siteId, "#" + siteId);
    }

    public String numbers(SchoolMapEntry e) {
        return e.getNumberTo() >= fr.marelle.enrolment.control.SchoolMapRules.WHOLE_STREET && e.getNumberFrom() == 1
                ? Feedback.text("schoolMap.wholeStreet")
                : Feedback.text("schoolMap.range", e.getNumberFrom(), e.getNumberTo() >= fr.marelle.enrolment.control.SchoolMapRules.WHOLE_STREET
                ? "…" : String.valueOf(e.getNumberTo()));
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
