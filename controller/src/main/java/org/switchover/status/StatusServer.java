package org.switchover.status;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The status page's HTTP server (the JDK's own): read-only, GET only, a handful of fixed paths.
 * With a token every request must carry {@code ?token=}; on a loopback bind the Host header must
 * name this machine, so that a web page elsewhere cannot read it through a rebound DNS name.
 */
public final class StatusServer implements AutoCloseable {

    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final HttpServer server;
    private final ExecutorService threads;
    private final StatusAddress address;

    private StatusServer(HttpServer server, ExecutorService threads, StatusAddress address) {
        this.server = server;
        this.threads = threads;
        this.address = address;
    }

    /** Starts serving the views {@code views} gives (one built per request), rendered by {@code page}. */
    public static StatusServer start(StatusAddress address, Supplier<StatusView> views, StatusPage page) {
        HttpServer server;
        try {
            server = HttpServer.create(address.bind(), 16);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serve the status page on " + hostPort(address.bind()) + ": "
                    + e.getMessage() + "; pick another --status HOST:PORT (port 0 picks a free one)", e);
        }
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "switchover-status-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                handle(exchange, address, views, page);
            } catch (RuntimeException e) {
                // the page is a side show: a bad request or a journal hiccup must never reach the run
                send(exchange, 500, "text/plain", "status unavailable: " + e.getClass().getSimpleName());
            }
        });
        server.start();
        return new StatusServer(server, threads, address);
    }

    /** The address to open, with the token when one is needed. */
    public URI url() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().isAnyLocalAddress() ? localName() : bound.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + bound.getPort() + "/" + address.token().map(t -> "?token=" + t).orElse(""));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static String localName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static void handle(HttpExchange ex, StatusAddress address, Supplier<StatusView> views, StatusPage page) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            ex.getResponseHeaders().set("Allow", "GET");
            send(ex, 405, "text/plain", "read-only: only GET");
            return;
        }
        if (address.loopback() && !loopbackHost(ex.getRequestHeaders().getFirst("Host"))) {
            send(ex, 403, "text/plain", "forbidden: this page answers only to 127.0.0.1 or localhost");
            return;
        }
        Optional<String> given = queryParameter(ex.getRequestURI(), "token");
        if (address.token().isPresent() && !given.map(g -> sameToken(g, address.token().get())).orElse(false)) {
            send(ex, 403, "text/plain", "forbidden: open the address printed when the status page started, with its ?token=");
            return;
        }
        String query = address.token().map(t -> "?token=" + t).orElse("");
        switch (ex.getRequestURI().getPath()) {
            case "/", "/index.html" -> send(ex, 200, "text/html", page.page(views.get(), query));
            case "/fragment" -> send(ex, 200, "text/html", page.fragment(views.get()));
            case "/status.json" -> send(ex, 200, "application/json", StatusJson.render(views.get()));
            case "/status.css" -> send(ex, 200, "text/css", StatusPage.CSS);
            case "/status.js" -> send(ex, 200, "text/javascript", StatusPage.JS);
            case "/topology.svg" -> {
                Optional<String> svg = views.get().topologySvg();
                if (svg.isPresent()) send(ex, 200, "image/svg+xml", svg.get());
                else send(ex, 404, "text/plain", "no topology: the run's site file cannot be read");
            }
            default -> send(ex, 404, "text/plain", "not found; the page is at /");
        }
    }

    private static boolean loopbackHost(String hostHeader) {
        if (hostHeader == null) return false;
        String h = hostHeader.toLowerCase(Locale.ROOT);
        String host = h.startsWith("[") ? h.substring(0, h.indexOf(']') + 1) : h.contains(":") ? h.substring(0, h.indexOf(':')) : h;
        return host.equals("localhost") || host.equals("[::1]") || host.matches("127(\\.\\d{1,3}){3}");
    }

    private static boolean sameToken(String given, String token) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<String> queryParameter(URI uri, String name) {
        String q = uri.getRawQuery();
        if (q == null) return Optional.empty();
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return Optional.of(java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static void send(HttpExchange ex, int code, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", type + "; charset=utf-8");
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.set("Content-Security-Policy", CSP);
        ex.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String hostPort(InetSocketAddress a) {
        return a.getHostString() + ":" + a.getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

}
