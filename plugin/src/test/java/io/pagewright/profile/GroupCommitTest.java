package io.pagewright.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /** A store that upper-cases batches, refuses "bad", and can hold its first write open. */
    private static final class Store {
        final List<List<String>> transactions = new CopyOnWriteArrayList<>();
        final CountDownLatch firstMayFinish = new CountDownLatch(1);

        List<String> write(List<String> batches) {
            transactions.add(batches);
            if (batches.equals(List.of("first"))) {
                await(firstMayFinish);
            }
            if (batches.contains("fatal")) {
                throw new Fatal();
            }
            if (batches.contains("bad")) {
                throw new IllegalStateException("refused " + batches);
            }
            return batches.stream().map(String::toUpperCase).toList();
        }
    }

    @Test
    void aLoneBatchIsWrittenInATransactionOfItsOwn() {
        Store store = new Store();
        GroupCommit<String, String> commits = new GroupCommit<>(store::write);

        assertThat(commits.write("a")).isEqualTo("A");
        assertThat(store.transactions).containsExactly(List.of("a"));
    }

    @Test
    void batchesQueuedWhileAWriteIsInFlightShareTheNextTransaction() throws Exception {
        Store store = new Store();
        GroupCommit<String, String> commits = new GroupCommit<>(store::write);
        CompletableFuture<String> first = writeInThread(commits, "first");
        awaitTransactions(store, 1);
        CompletableFuture<String> second = writeInThread(commits, "b");
        CompletableFuture<String> third = writeInThread(commits, "c");
        awaitWaitingWriters(commits, 2);

        store.firstMayFinish.countDown();

        assertThat(first.get()).isEqualTo("FIRST");
        assertThat(second.get()).isEqualTo("B");
        assertThat(third.get()).isEqualTo("C");
        assertThat(store.transactions).hasSize(2);
        assertThat(store.transactions.get(1)).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void aBadBatchFailsOnlyItsOwnRequestWhenItsGroupFails() throws Exception {
        Store store = new Store();
        GroupCommit<String, String> commits = new GroupCommit<>(store::write);
        CompletableFuture<String> first = writeInThread(commits, "first");
        awaitTransactions(store, 1);
        CompletableFuture<String> good = writeInThread(commits, "good");
        CompletableFuture<String> bad = writeInThread(commits, "bad");
        awaitWaitingWriters(commits, 2);

        store.firstMayFinish.countDown();

        assertThat(first.get()).isEqualTo("FIRST");
        assertThat(good.get()).isEqualTo("GOOD");
        assertThatThrownBy(bad::get)
                .isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class);
        assertThat(store.transactions)
                .contains(List.of("good"), List.of("bad"))
                .anySatisfy(t -> assertThat(t).containsExactlyInAnyOrder("good", "bad"));
    }

    @Test
    void anErrorWhileWritingAGroupLeavesNoBatchOfItWithoutAnAnswer() throws Exception {
        Store store = new Store();
        GroupCommit<String, String> commits = new GroupCommit<>(store::write);
        CompletableFuture<String> first = writeInThread(commits, "first");
        awaitTransactions(store, 1);
        CompletableFuture<String> fatal = writeInThread(commits, "fatal");
        CompletableFuture<String> other = writeInThread(commits, "other");
        awaitWaitingWriters(commits, 2);

        store.firstMayFinish.countDown();

        assertThat(first.get()).isEqualTo("FIRST");
        List<Class<?>> causes = new java.util.ArrayList<>();
        for (CompletableFuture<String> result : List.of(fatal, other)) {
            assertThatThrownBy(result::get)
                    .isInstanceOf(ExecutionException.class)
                    .satisfies(e -> causes.add(e.getCause().getClass()));
        }
        assertThat(causes).containsExactlyInAnyOrder(Fatal.class, IllegalStateException.class);
    }

    private static final class Fatal extends Error {
        private static final long serialVersionUID = 1L;
    }

    private static CompletableFuture<String> writeInThread(
            GroupCommit<String, String> commits, String batch) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread.ofPlatform()
                .start(() -> {
                    try {
                        result.complete(commits.write(batch));
                    } catch (RuntimeException | Error e) {
                        result.completeExceptionally(e);
                    }
                });
        return result;
    }

    private static void awaitWaitingWriters(GroupCommit<String, String> commits, int count) {
        while (commits.waitingWriters() < count) {
            Thread.onSpinWait();
        }
    }

    private static void awaitTransactions(Store store, int count) {
        while (store.transactions.size() < count) {
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
