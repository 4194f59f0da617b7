package fr.marelle.family.control;

import fr.marelle.family.control.HouseholdHistory.FieldChange;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HouseholdHistoryTest {

    @Test
    void onlyTheChangedFieldsAreRecordedWithOldAndNewValue() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("city", "Angers");
        before.put("phone", null);
        before.put("pai", false);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("city", "Trélazé");
        after.put("phone", "+33612345678");
        assertEquals(List.of(new FieldChange("household.city", "Angers", "Trélazé"),
                        new FieldChange("household.phone", null, "+33612345678")),
                HouseholdHistory.diff("household", "Martin", before, after));
    }

    @Test
    void nothingChangedRecordsNothingAndBlankEqualsEmpty() {
        Map<String, Object> before = new HashMap<>();
        before.put("note", "");
        Map<String, Object> after = new HashMap<>();
        after.put("note", null);
        assertEquals(List.of(), HouseholdHistory.diff("pickup", "Paul", before, after));
    }

    @Test
    void anAdditionAndARemovalAreOneLineNamingTheSubject() {
        assertEquals(List.of(new FieldChange("child.added", null, "Léa Martin")),
                HouseholdHistory.diff("child", "Léa Martin", null, Map.of("firstName", "Léa")));
        assertEquals(List.of(new FieldChange("child.removed", "Léa Martin", null)),
                HouseholdHistory.diff("child", "Léa Martin", Map.of("firstName", "Léa"), null));
    }
}
