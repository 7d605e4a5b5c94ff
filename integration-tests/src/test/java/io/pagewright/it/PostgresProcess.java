package io.pagewright.it;

import java.util.List;

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
        return Processes.script("postgres.sh");
    }

    private static void run(List<String> command) {
        Processes.run(command, 120);
    }
}
