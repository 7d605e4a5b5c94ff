package io.pagewright.benchmarks.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sustained event ingestion against a running server: {@code senders} threads post batches of
 * {@code batch} events (a consent and views/cart events, for {@code perVisitor} events per visitor,
 * from a pool of visitors) as fast as the server accepts them, for {@code seconds}. Every event of
 * a run carries the run id as session id, so the run can count afterwards that every accepted event
 * reached Elasticsearch.
 *
 * <pre>java -cp benchmarks.jar io.pagewright.benchmarks.events.IngestLoad \
 *     base-url seconds senders batch visitors perVisitor run-id [key-id:secret]</pre>
 *
 * Prints one line per second and a summary of accepted, refused (429/503) and failed requests.
 */
public final class IngestLoad {

    private static final Pattern NEW_EVENTS = Pattern.compile("\"newEvents\":(\\d+)");

    private IngestLoad() {}

    public static void main(String[] args) throws Exception {
        URI events = URI.create(args[0] + "/api/v1/events");
        int seconds = Integer.parseInt(args[1]);
        int senders = Integer.parseInt(args[2]);
        int batch = Integer.parseInt(args[3]);
        int visitors = Integer.parseInt(args[4]);
        int perVisitor = Integer.parseInt(args[5]);
        String run = args[6];
        // The delivery key (HTTP Basic), as the script reads it from the demo credentials.
        String authorization =
                args.length > 7
                        ? "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(
                                                args[7].getBytes(
                                                        java.nio.charset.StandardCharsets.UTF_8))
                        : null;

        HttpClient http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
        LongAdder accepted = new LongAdder();
        LongAdder fresh = new LongAdder();
        LongAdder refused = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicLong counter = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            threads.add(
                    Thread.ofPlatform()
                            .start(() -> {
                                while (System.nanoTime() < end) {
                                    String body = body(run, counter, batch, visitors, perVisitor);
                                    try {
                                        HttpRequest.Builder request =
                                                HttpRequest.newBuilder(events)
                                                        .header("Content-Type", "application/json")
                                                        .timeout(Duration.ofSeconds(30))
                                                        .POST(
                                                                HttpRequest.BodyPublishers.ofString(
                                                                        body));
                                        if (authorization != null) {
                                            request.header("Authorization", authorization);
                                        }
                                        HttpResponse<String> response =
                                                http.send(
                                                        request.build(),
                                                        HttpResponse.BodyHandlers.ofString());
                                        if (response.statusCode() == 202) {
                                            accepted.add(batch);
                                            Matcher m = NEW_EVENTS.matcher(response.body());
                                            if (m.find()) {
                                                fresh.add(Long.parseLong(m.group(1)));
                                            }
                                        } else if (response.statusCode() == 429
                                                || response.statusCode() == 503) {
                                            refused.increment();
                                            Thread.sleep(50);
                                        } else {
                                            failed.increment();
                                        }
                                    } catch (Exception e) {
                                        failed.increment();
                                    }
                                }
                            }));
        }
        long start = System.nanoTime();
        long previous = 0;
        for (int second = 1; second <= seconds; second++) {
            Thread.sleep(
                    Math.max(0, start + second * 1_000_000_000L - System.nanoTime()) / 1_000_000);
            long now = accepted.sum();
            System.out.printf(Locale.ROOT, "t=%3ds accepted/s %7d%n", second, now - previous);
            previous = now;
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "run %s: %d events accepted (%d new) in %.1f s = %.0f events/s; refused batches %d,"
                        + " failed requests %d%n",
                run,
                accepted.sum(),
                fresh.sum(),
                elapsed,
                accepted.sum() / elapsed,
                refused.sum(),
                failed.sum());
    }

    /** One batch: {@code batch / perVisitor} visitors, each a consent then views and carts. */
    static String body(String run, AtomicLong counter, int batch, int visitors, int perVisitor) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Instant now = Instant.now();
        StringBuilder json = new StringBuilder(batch * 260).append("{\"events\":[");
        String visitor = null;
        for (int i = 0; i < batch; i++) {
            if (i % perVisitor == 0) {
                visitor = run + "-v" + random.nextInt(visitors);
            }
            String id = run + "-" + counter.incrementAndGet();
            String at = now.minusMillis(random.nextInt(60_000)).toString();
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"eventId\":\"")
                    .append(id)
                    .append("\",\"occurredAt\":\"")
                    .append(at)
                    .append("\",\"sessionId\":\"")
                    .append(run)
                    .append("\",\"identity\":{\"anonymousId\":\"")
                    .append(visitor)
                    .append("\"},");
            if (i % perVisitor == 0) {
                json.append(
                        "\"type\":\"consent\",\"purpose\":\"personalization\",\"status\":\"granted\"}");
            } else if (i % 10 == 9) {
                json.append("\"type\":\"add_to_cart\",\"productId\":\"p-")
                        .append(random.nextInt(1000))
                        .append("\",\"quantity\":1}");
            } else {
                json.append("\"type\":\"product_view\",\"productId\":\"p-")
                        .append(random.nextInt(1000))
                        .append("\",\"category\":\"c-")
                        .append(random.nextInt(30))
                        .append("\"}");
            }
        }
        return json.append("]}").toString();
    }
}
