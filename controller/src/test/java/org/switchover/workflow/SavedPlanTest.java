package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SavedPlanTest {

    private static final String SITE = "site:\n  name: minimal\n";

    private static SavedPlan plan() {
        return new SavedPlan(SavedPlan.FORMAT, "/sites/site.yaml", SavedPlan.sha256(SITE), SITE,
                new TreeMap<>(Map.of("openconfig/access.xml.j2", "aa", "openconfig/macros.j2", "bb")),
                List.of("--site", "/sites/site.yaml", "--replace", "acc-1=127.0.0.1:9000"), List.of(),
                List.of("acc-1/pre-check: check the new switch", "acc-1/staged-push: push the staged config"));
    }

    @Test
    void aPlanSurvivesItsFileAndTheJournalUnchanged() {
        SavedPlan p = plan();
        assertThat(SavedPlan.fromJson(p.toJson(), "plan.json")).isEqualTo(p);
        assertThat(SavedPlan.fromJournal(p.toJournal())).isEqualTo(p);
        assertThat(p.request().replacements()).singleElement().satisfies(r -> assertThat(r.oldDevice()).isEqualTo("acc-1"));
    }

    @Test
    void aChangedSiteOrTemplateIsNamedAndAJournaledSiteTextStandsInForAChangedFile() {
        SavedPlan p = plan();
        Map<String, String> same = p.templates();
        assertThat(p.changedSince(Optional.of(SITE), same, false)).isEmpty();
        assertThat(p.changedSince(Optional.of(SITE + "# edited\n"), same, false)).singleElement().asString()
                .startsWith("the site file /sites/site.yaml changed (sha256 " + SavedPlan.sha256(SITE).substring(0, 12));
        assertThat(p.changedSince(Optional.of(SITE + "# edited\n"), same, true)).isEmpty();
        assertThat(p.withoutSiteText().changedSince(Optional.of(SITE + "# edited\n"), same, true)).hasSize(1);
        assertThat(p.changedSince(Optional.of(SITE), Map.of("openconfig/access.xml.j2", "zz", "ietf/access.xml.j2", "cc"), false))
                .containsExactly("the template openconfig/access.xml.j2 changed", "the template openconfig/macros.j2 is gone",
                        "the template ietf/access.xml.j2 is new");
    }

    @Test
    void aPlanThatIsNotValidJsonOrOfAnotherFormatIsRefusedByName() {
        assertThatThrownBy(() -> SavedPlan.fromJson("{not json", "plan.json")).hasMessageStartingWith("plan.json is not a switchover plan");
        String future = plan().toJson().replace("\"format\" : 1", "\"format\" : 9");
        assertThatThrownBy(() -> SavedPlan.fromJson(future, "plan.json")).hasMessageContaining("plan format 9");
    }
}
