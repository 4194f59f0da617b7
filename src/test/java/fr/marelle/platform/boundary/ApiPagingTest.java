package fr.marelle.platform.boundary;

import fr.marelle.platform.control.PageRequest;
import fr.marelle.platform.control.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiPagingTest {

    @Test
    void withoutParametersTheFirstPageIsAsLongAsTheListAllows() {
        PageRequest page = ApiPaging.of(null, " ", 50);
        assertEquals(0, page.offset());
        assertEquals(50, page.limit());
    }

    @Test
    void anOffsetAndALimitWithinTheListsMaximumAreTaken() {
        PageRequest page = ApiPaging.of("100", "20", 50);
        assertEquals(100, page.offset());
        assertEquals(20, page.limit());
    }

    @Test
    void aBadOffsetOrLimitIsRefusedNamingTheParameterAndTheMaximum() {
        for (List<String> bad : List.of(List.of("-1", "10", "offset"), List.of("x", "10", "offset"),
                List.of("0", "0", "limit"), List.of("0", "51", "limit"), List.of("0", "2.5", "limit"))) {
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> ApiPaging.of(bad.get(0), bad.get(1), 50));
            assertEquals(bad.get(2), refused.violations().get(0).field());
            assertEquals("api.paging." + bad.get(2), refused.violations().get(0).key());
            assertEquals(List.of(50), refused.violations().get(0).args());
        }
    }
}
