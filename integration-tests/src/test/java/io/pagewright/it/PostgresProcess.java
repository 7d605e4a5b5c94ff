package io.pagewright.it;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops and resumes the build's PostgreSQL server, for tests of what happens while it is gone. */
final class PostgresProcess {
    private PostgresProcess() {}

    static void stop() {
        run(List.of("bash", script(), "stop", System.getProperty("it.pg.base")));
    }

    /** Starts it again on the same data; returns once it accepts connections. */
    static void resume() {
        run(
                List.of(
                        "bash",
                        script(),
                        "resume",
                        System.getProperty("it.pg.base"),
                        System.getProperty("it.pg.port")));
    }

    private static String script() {
        return System.getProperty("it.scripts") + "/postgres.sh";
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("command failed: " + command);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
