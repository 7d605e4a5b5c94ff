package io.pagewright.profile.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A background consumer of the event journal; its row is locked while it works a batch. */
@Entity
@Table(name = "event_consumer")
public class EventConsumerEntity {
    @Id
    @Column(length = 16)
    String name;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    public void touch(Instant now) {
        updatedAt = now;
    }
}
