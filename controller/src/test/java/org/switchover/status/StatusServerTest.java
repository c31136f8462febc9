package org.switchover.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchover.journal.Event;
import org.switchover.journal.EventKind;
import org.switchover.report.ReportTime;

/** The page's server: GET only, the Host check on loopback, the token everywhere else. */
class StatusServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static StatusView view() {
        Instant t = Instant.parse("2026-11-28T09:00:00Z");
        StatusSnapshot s = new StatusSnapshot(Optional.empty(), List.of(),
                List.of(new Event(1, 1, t, EventKind.SERVICE_DOWN, Optional.empty(), Optional.of("cctv"), "core-1 failed")),
                Optional.empty(), List.of());
        return StatusViews.build(s, t.plusSeconds(3));
    }

    private static StatusServer start(String address) {
        return StatusServer.start(StatusAddress.parse(address), StatusServerTest::view, new StatusPage(new ReportTime(ZoneOffset.UTC)));
    }

    @Test
    void onLoopbackThePageAndItsDataAreServedToGetOnly() throws Exception {
        try (StatusServer server = start("127.0.0.1:0")) {
            String base = "http://127.0.0.1:" + server.port();
            assertThat(server.url().toString()).isEqualTo(base + "/");

            HttpResponse<String> page = get(base + "/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
            // refreshes itself with scripts off; with scripts on, status.js swaps the part that changes
            assertThat(page.body()).contains("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>")
                    .contains("<script src=\"status.js\"></script>")
                    .contains("<tr data-service=\"cctv\" data-state=\"down\">");
            assertThat(get(base + "/fragment").body()).startsWith("<div id=\"status\"");
            assertThat(get(base + "/status.json").body()).contains("\"name\" : \"cctv\"", "\"state\" : \"down\"");
            assertThat(get(base + "/status.js").body()).contains("fetch('fragment'");
            assertThat(get(base + "/nothing").statusCode()).isEqualTo(404);

            HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
            assertThat(rawStatus(server.port(), "evil.example:" + server.port())).isEqualTo(403);
            assertThat(rawStatus(server.port(), "localhost:" + server.port())).isEqualTo(200);
        }
    }

    @Test
    void onAnyOtherAddressEveryRequestNeedsTheTokenPrintedAtStart() throws Exception {
        try (StatusServer server = start("0.0.0.0:0")) {
            String token = StatusServer.queryParameter(server.url(), "token").orElseThrow();
            assertThat(token).hasSizeGreaterThanOrEqualTo(32);
            String base = "http://127.0.0.1:" + server.port();

            for (String path : List.of("/", "/status.json", "/fragment", "/status.js")) {
                assertThat(get(base + path).statusCode()).as(path).isEqualTo(403);
                assertThat(get(base + path + "?token=" + token.substring(1)).statusCode()).as(path).isEqualTo(403);
                assertThat(get(base + path + "?token=" + token).statusCode()).as(path).isEqualTo(200);
            }
            // the page's own requests carry the token on
            assertThat(get(base + "/?token=" + token).body()).contains("status.js?token=" + token);
        }
    }

    @Test
    void addressesParseWithLoopbackDefaultsAndClearErrors() {
        StatusAddress local = StatusAddress.parse("127.0.0.1:0");
        assertThat(local.loopback()).isTrue();
        assertThat(local.token()).isEmpty();
        assertThat(StatusAddress.parse(":8080").bind().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(StatusAddress.parse("0.0.0.0:0").token()).isPresent();
        assertThat(StatusAddress.parse("0.0.0.0:0").token()).isNotEqualTo(StatusAddress.parse("0.0.0.0:0").token());
        assertThatThrownBy(() -> StatusAddress.parse("127.0.0.1")).hasMessageContaining("names no port");
        assertThatThrownBy(() -> StatusAddress.parse("no such host.invalid:1")).isInstanceOf(IllegalArgumentException.class);
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with a Host header of our choosing, which the JDK's client does not allow. */
    private static int rawStatus(int port, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
