package io.pagewright.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ElasticsearchEventIndexTest {

    @Test
    void dailyIndexSuffixesAreDaysAndAnythingElseIsNot() {
        assertThat(ElasticsearchEventIndex.parseDay("2026.11.24"))
                .contains(LocalDate.of(2026, 11, 24));
        assertThat(ElasticsearchEventIndex.parseDay("2026-11-24")).isEmpty();
        assertThat(ElasticsearchEventIndex.parseDay("v2")).isEmpty();
    }
}
