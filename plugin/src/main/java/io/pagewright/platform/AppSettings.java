package io.pagewright.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Small facts the application records about itself, such as "demo content was loaded". */
@ApplicationScoped
@Transactional
public class AppSettings {

    @PersistenceContext EntityManager em;

    public Optional<String> get(String key) {
        return em.createNativeQuery(
                        "select setting_value from app_setting where setting_key = ?1",
                        String.class)
                .setParameter(1, key)
                .getResultStream()
                .findFirst()
                .map(String.class::cast);
    }

    public void put(String key, String value) {
        int updated =
                em.createNativeQuery(
                                "update app_setting set setting_value = ?1, updated_at = ?2"
                                        + " where setting_key = ?3")
                        .setParameter(1, value)
                        .setParameter(2, Instant.now())
                        .setParameter(3, key)
                        .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery(
                            "insert into app_setting (setting_key, setting_value, updated_at)"
                                    + " values (?1, ?2, ?3)")
                    .setParameter(1, key)
                    .setParameter(2, value)
                    .setParameter(3, Instant.now())
                    .executeUpdate();
        }
    }
}
