package io.pagewright.profile;

import io.pagewright.profile.store.EventJournal;
import io.pagewright.search.ElasticsearchEventIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Retention of events: daily Elasticsearch indices older than {@code
 * pagewright.events.retention-days} are deleted (the minimal server has no ILM), and journal rows
 * that are folded, shipped and older than the journal retention are forgotten.
 */
@ApplicationScoped
public class EventRetention {

    @Inject ElasticsearchEventIndex index;
    @Inject EventJournal journal;
    @Inject EventSettings settings;

    /** What a run deleted. */
    public record Result(List<String> deletedIndices, int forgottenJournalRows) {}

    @Transactional
    public Result apply() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> deleted = new ArrayList<>();
        try {
            for (Map.Entry<String, LocalDate> daily : index.dailyIndices().entrySet()) {
                if (expired(daily.getValue(), today, settings.retentionDays())) {
                    index.deleteIndex(daily.getKey());
                    deleted.add(daily.getKey());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int forgotten =
                journal.purgeBefore(
                        Instant.now().minus(Duration.ofDays(settings.journalRetentionDays())));
        return new Result(deleted, forgotten);
    }

    /** An index for {@code day} is kept for {@code retentionDays} full days after today's. */
    static boolean expired(LocalDate day, LocalDate today, int retentionDays) {
        return day.isBefore(today.minusDays(retentionDays));
    }
}
