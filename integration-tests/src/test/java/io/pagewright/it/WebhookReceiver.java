package io.pagewright.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A local webhook receiver that fails the first N requests with 500 and records everything. */
final class WebhookReceiver implements AutoCloseable {

    record Request(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        /** Recomputes {@code Pagewright-Signature: t=..,v1=..} with the secret. */
        boolean signatureValid(String secret) {
            String signature = header("Pagewright-Signature");
            String timestamp = signature.replaceAll("^t=(\\d+),v1=.*$", "$1");
            String given = signature.replaceAll("^.*,v1=([0-9a-f]+)$", "$1");
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String expected =
                        HexFormat.of()
                                .formatHex(
                                        mac.doFinal(
                                                (timestamp + "." + body)
                                                        .getBytes(StandardCharsets.UTF_8)));
                return expected.equals(given);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private WebhookReceiver(int failures) {
        AtomicInteger remaining = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(
                "/hook",
                exchange -> {
                    String body =
                            new String(
                                    exchange.getRequestBody().readAllBytes(),
                                    StandardCharsets.UTF_8);
                    int status = remaining.getAndDecrement() > 0 ? 500 : 200;
                    requests.add(
                            new Request(status, Map.copyOf(exchange.getRequestHeaders()), body));
                    exchange.sendResponseHeaders(status, -1);
                    exchange.close();
                });
        server.start();
    }

    static WebhookReceiver failingFirst(int failures) {
        return new WebhookReceiver(failures);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> accepted() {
        return requests.stream().filter(r -> r.status() == 200).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
