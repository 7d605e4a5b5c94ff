package io.pagewright.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.platform.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonDiffTest {

    static JsonNode json(String text) {
        return Json.MAPPER.readTree(text.replace('\'', '"'));
    }

    static List<String> paths(List<JsonDiff.Change> changes) {
        return changes.stream().map(JsonDiff.Change::path).toList();
    }

    @Test
    void equalDocumentsHaveNoChanges() {
        assertThat(JsonDiff.between(json("{'a':1}"), json("{'a':1}"))).isEmpty();
        assertThat(JsonDiff.between(null, null)).isEmpty();
    }

    @Test
    void changedValuesAreReportedByPathWithBeforeAndAfter() {
        List<JsonDiff.Change> changes =
                JsonDiff.between(
                        json("{'name':'Home','x':{'y':1}}"), json("{'name':'Start','x':{'y':1}}"));

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).path()).isEqualTo("/name");
        assertThat(changes.get(0).before().asString()).isEqualTo("Home");
        assertThat(changes.get(0).after().asString()).isEqualTo("Start");
    }

    @Test
    void keyedArraysAreMatchedByKeyNotPosition() {
        JsonNode before = json("{'slots':[{'key':'hero','v':1},{'key':'offer','v':1}]}");
        JsonNode after =
                json("{'slots':[{'key':'hero','v':2},{'key':'offer','v':1},{'key':'cta','v':1}]}");

        assertThat(paths(JsonDiff.between(before, after)))
                .containsExactly("/slots[hero]/v", "/slots[cta]");
    }

    @Test
    void reorderingKeyedElementsIsOneChange() {
        JsonNode before = json("{'slots':[{'key':'a'},{'key':'b'}]}");
        JsonNode after = json("{'slots':[{'key':'b'},{'key':'a'}]}");

        assertThat(paths(JsonDiff.between(before, after))).containsExactly("/slots#order");
    }

    @Test
    void additionsAndRemovalsHaveOneSideNull() {
        List<JsonDiff.Change> created = JsonDiff.between(null, json("{'a':1}"));
        assertThat(created)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.path()).isEqualTo("/");
                    assertThat(c.before()).isNull();
                });
        List<JsonDiff.Change> removed = JsonDiff.between(json("{'a':1,'b':2}"), json("{'a':1}"));
        assertThat(removed)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.path()).isEqualTo("/b");
                    assertThat(c.after()).isNull();
                });
    }

    @Test
    void plainArraysChangeAsAWhole() {
        assertThat(paths(JsonDiff.between(json("{'tags':['a','b']}"), json("{'tags':['a','c']}"))))
                .containsExactly("/tags");
    }
}
