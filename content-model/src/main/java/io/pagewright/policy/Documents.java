package io.pagewright.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Lenient copies for document records: absent lists become empty, absent options empty. */
final class Documents {
    private Documents() {}

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <T> Optional<T> option(Optional<T> option) {
        return option == null ? Optional.empty() : option;
    }
}
