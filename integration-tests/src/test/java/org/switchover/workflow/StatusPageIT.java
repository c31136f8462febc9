package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.cli.Main;
import org.switchover.demo.Demo;
import org.switchover.demo.DemoLab;
import org.switchover.inventory.SiteLoader;
import org.switchover.journal.Journal;
import org.switchover.journal.Outcome;
import org.switchover.journal.Run;
import org.switchover.render.Renderer;
import picocli.CommandLine;

/**
 * The helpdesk's view of a real replacement: the city site's four failed switches are replaced by
 * {@code switchover replace --status 127.0.0.1:0} in its own process, and Debian's headless chromium
 * watches the page it serves: every service with the right state before, during (one down while
 * another is restored) and after, without a reload; no secret on it. Then the journaled run is served
 * on a non-loopback address by {@code switchover status --serve}, which refuses requests without the
 * token. Screenshots of the page and of the incident report's outage chart go to {@code target/}.
 */
class StatusPageIT {

    private static final Pattern PAGE = Pattern.compile("status page: (http://\\S+)");
    private static final String STATES = "return Array.from(document.querySelectorAll('#services tr[data-service]'))"
            + ".map(function (r) { return r.dataset.service + '=' + r.dataset.state; })";
    private static final Path SHOTS = Path.of("target");

    @Test
    void theHelpdeskWatchesEveryServiceComeBackOnTheLivePage(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeInstalled();
        Path city = LabSites.site("city");
        try (DemoLab lab = DemoLab.start(city, dir, Demo.spares(SiteLoader.defaults().loadOrThrow(city)), Renderer.builtIn())) {
            Set<String> services = lab.site().services().keySet();
            String password = Files.readString(dir.resolve("password")).strip();
            assertThat(password).isNotBlank();
            for (String d : Demo.FAILED) lab.powerOff(d);
            lab.shutPortsFacing(Demo.FAILED, AccessReplacement.access());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.switchover.cli.Main", "replace",
                    "--site", lab.siteFile().toString(), "--yes", "--quiet", "--journal", dir.resolve("switchover.db").toString(),
                    "--status", "127.0.0.1:0", "--status-linger", "5m"));
            for (int i = 0; i < Demo.FAILED.size(); i++) {
                lab.rack("spare-" + (i + 1), Demo.FAILED.get(i));
                command.addAll(List.of("--replace", Demo.FAILED.get(i) + "=" + lab.address("spare-" + (i + 1))));
            }
            // core-2 answers slowly: it takes part in every wave's checks and in the cctv waves, so the
            // run lasts long enough to watch, with some services back while cctv still waits
            lab.lab().delayReplies("core-2", Duration.ofMillis(400));
            Path log = dir.resolve("replace.log");
            Process replace = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("chromium-profile"))) {
                String url = printed(log, replace);
                assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/");
                chromium.open(url);
                chromium.eval("window.loadedOnce = 'yes'; return null;");

                // before: every service listed; the run's first check finds each of them down
                Map<String, String> before = await(chromium, s -> s.keySet().equals(services)
                        && s.values().stream().allMatch("down"::equals), Duration.ofSeconds(90), "every service down");
                assertThat(before).containsOnlyKeys(services);
                assertThat(chromium.text()).contains("DOWN").contains("Expected back (estimate)");
                chromium.screenshot(SHOTS.resolve("status-page-before.png"));

                // during: at least one service restored while another is still down or being restored
                Map<String, String> during = await(chromium, s -> s.containsValue("restored")
                        && (s.containsValue("down") || s.containsValue("being-restored")), Duration.ofSeconds(180),
                        "one restored while another waits");
                assertThat(during).containsOnlyKeys(services);
                assertThat(chromium.text()).contains("RESTORED").contains("(estimate");
                assertThat(chromium.has("#topology svg g.device")).isTrue();
                chromium.screenshot(SHOTS.resolve("status-page-during.png"));

                // after: the run's end, every service restored
                Map<String, String> after = await(chromium, s -> s.keySet().equals(services)
                        && s.values().stream().allMatch("restored"::equals)
                        && "false".equals(chromium.eval("return document.getElementById('status').dataset.live")),
                        Duration.ofSeconds(240), "every service restored and the run finished");
                assertThat(after).containsOnlyKeys(services);
                assertThat(chromium.text()).contains("finished: completed successfully");
                assertThat(chromium.lines("return Array.from(document.querySelectorAll('#topology rect[data-condition=replaced]'))"
                        + ".map(function (r) { return r.parentNode.dataset.device; })"))
                        .containsExactlyInAnyOrderElementsOf(Demo.FAILED);
                // all of it happened in the page first loaded: it updated itself, it was never reloaded
                assertThat((String) chromium.eval("return window.loadedOnce")).isEqualTo("yes");
                chromium.screenshot(SHOTS.resolve("status-page-after.png"));

                // no secret anywhere on the page or in its data
                String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "status.json")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertThat(json).contains("\"state\" : \"restored\"");
                assertThat(chromium.source() + json).doesNotContain(password).doesNotContain("password");

                long runId;
                try (Journal journal = Journal.openReadOnly(dir.resolve("switchover.db"), Clock.systemUTC())) {
                    Run run = journal.runs(1).get(0);
                    assertThat(run.outcome()).as(Files.readString(log)).contains(Outcome.OK);
                    runId = run.id();
                }
                replace.destroy();
                replace.waitFor();

                reportChart(chromium, dir, runId);
                tokenOnAnotherAddress(chromium, dir, services, password);
            } finally {
                replace.destroyForcibly();
            }
        }
    }

    /** The incident report's outage chart, as chromium draws it. */
    private static void reportChart(HeadlessChromium chromium, Path dir, long runId) throws Exception {
        Path html = SHOTS.resolve("status-it-incident-report.html").toAbsolutePath();
        Ran report = run("report", Long.toString(runId), "--format", "html", "--out", html.toString(),
                "--journal", dir.resolve("switchover.db").toString());
        assertThat(report.exit()).as(report.err()).isZero();
        chromium.open(html.toUri().toString());
        List<String> bars = chromium.lines("return Array.from(document.querySelectorAll('figure svg g.outage'))"
                + ".map(function (g) { return g.dataset.service; })");
        assertThat(bars).hasSize(5);
        assertThat(chromium.has("figure svg g.wave")).isTrue();
        assertThat(chromium.has("figure svg g.device")).isTrue();
        chromium.screenshotOf("figure", SHOTS.resolve("incident-report-chart.png"));
    }

    /** The journaled run served on a non-loopback address: nothing without the token, the frozen page with it. */
    private static void tokenOnAnotherAddress(HeadlessChromium chromium, Path dir, Set<String> services, String password)
            throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        Thread serving = new Thread(() -> cl.execute("status", "--journal", dir.resolve("switchover.db").toString(),
                "--serve", "0.0.0.0:0"), "status-serve");
        serving.start();
        try {
            ReplacementFaultsIT.waitFor(() -> PAGE.matcher(out.toString()).find(), Duration.ofSeconds(30));
            Matcher m = PAGE.matcher(out.toString());
            assertThat(m.find()).isTrue();
            URI printed = URI.create(m.group(1));
            String token = printed.getRawQuery().replaceFirst("^token=", "");
            assertThat(token).hasSizeGreaterThanOrEqualTo(32);
            String base = "http://" + nonLoopbackAddress() + ":" + printed.getPort() + "/";

            chromium.open(base);
            assertThat(chromium.text()).contains("forbidden");
            assertThat(chromium.has("#services")).isFalse();
            chromium.open(base + "status.json?token=wrong");
            assertThat(chromium.text()).contains("forbidden").doesNotContain("restored");

            chromium.open(base + "?token=" + token);
            Map<String, String> frozen = states(chromium);
            assertThat(frozen).containsOnlyKeys(services);
            assertThat(frozen.values()).containsOnly("restored");
            assertThat(chromium.source()).doesNotContain(password);
            chromium.screenshot(SHOTS.resolve("status-page-served-with-token.png"));
            withoutJavaScript(dir, base + "?token=" + token, services);
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
    }

    /** With scripts off the page is whole as served, and reloads itself (the mark the test leaves is gone). */
    private static void withoutJavaScript(Path dir, String url, Set<String> services) throws Exception {
        try (HeadlessChromium plain = HeadlessChromium.start(dir.resolve("chromium-no-js"), false)) {
            plain.open(url);
            assertThat(states(plain)).containsOnlyKeys(services);
            plain.eval("window.mark = 'before the refresh'; return null;");
            assertThat((String) plain.eval("return window.mark")).isEqualTo("before the refresh");
            ReplacementFaultsIT.waitFor(() -> plain.eval("return window.mark") == null, Duration.ofSeconds(10));
            assertThat(states(plain)).containsOnlyKeys(services);
        }
    }

    /** This machine's first non-loopback IPv4 address, or 127.0.0.1 where it has none (the bind is 0.0.0.0 either way). */
    private static String nonLoopbackAddress() throws Exception {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || nif.isLoopback()) continue;
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) return a.getHostAddress();
            }
        }
        return "127.0.0.1";
    }

    private static String printed(Path log, Process process) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Matcher m = PAGE.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) return m.group(1);
            assertThat(process.isAlive()).as("replace exited early: %s", Files.exists(log) ? Files.readString(log) : "").isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("the status page's address was not printed: " + Files.readString(log));
    }

    private static Map<String, String> states(HeadlessChromium chromium) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : chromium.lines(STATES)) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    private static Map<String, String> await(HeadlessChromium chromium, Predicate<Map<String, String>> condition,
            Duration timeout, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<Map<String, String>> seen = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            Map<String, String> s = states(chromium);
            if (condition.test(s)) return s;
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(s)) seen.add(s);
            Thread.sleep(100);
        }
        throw new AssertionError("waited " + timeout + " for " + what + "; the page showed, in turn: " + seen);
    }

    record Ran(int exit, String out, String err) {}

    private static Ran run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Ran(cl.execute(args), out.toString(), err.toString());
    }
}
