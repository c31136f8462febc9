package org.switchover.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchover.workflow.ReplacementFaultsIT.events;
import static org.switchover.workflow.ReplacementFaultsIT.waitFor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.inventory.Platform;
import org.switchover.journal.EventKind;
import org.switchover.journal.Outcome;
import org.switchover.journal.PendingCommit;
import org.switchover.journal.Run;
import org.switchover.journal.RunHistory;
import org.switchover.lab.config.XmlWriter;
import org.switchover.verify.CheckScope;
import org.switchover.verify.ObservedState;
import org.switchover.verify.Verifier;
import org.switchover.workflow.access.DriverPool;

/**
 * The Cisco branch site over real SSH against IOS-XE lab switches, which come without the
 * candidate datastore: acc-1 (a Catalyst 9300) fails and a factory-default Catalyst replaces it,
 * every push going into running under switchover's emulated confirmed commit; then the same with
 * the controller killed mid-flip and resumed.
 */
class IosXeReplacementIT {

    static final String MODEL = "C9300-48P";

    @Test
    void aCatalystWithoutCandidateIsReplacedUnderTheEmulatedSafetyNet(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "cisco-branch", MODEL, Platform.IOSXE)) {
            assertThat(r.lab.lab().get(AccessReplacement.SPARE).store().features().candidate()).isFalse();
            Map<String, List<String>> unmanaged = unmanaged(r);
            assertThat(String.join("", unmanaged.get(AccessReplacement.SPARE))).contains("netops", "$9$", "Mgmt-vrf", "<time-out>60</time-out>");

            RunResult result = r.replace(Progress.silent(), AccessReplacement.settings());

            assertThat(result.exitCode()).as(result.reason()).isZero();
            assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("acc-1").contains("has no :candidate")
                    .contains("straight into running"));
            for (String device : r.site.devices().keySet()) {
                assertThat(r.goldenDiff(device).changes()).as("drift on " + device).isEmpty();
            }
            assertThat(r.lab.lab().get(AccessReplacement.SPARE).hostname()).isEqualTo("acc-1");
            assertThat(XmlWriter.write(r.lab.lab().get(AccessReplacement.FAILED).store().running())).isEqualTo(r.oldRunning);
            try (DriverPool pool = new DriverPool(r.site, AccessReplacement.access())) {
                pool.redirect(AccessReplacement.FAILED, com.google.common.net.HostAndPort.fromString(r.lab.address(AccessReplacement.SPARE)), false);
                ObservedState observed = new Observer(pool).observe(r.site.devices().keySet());
                assertThat(Verifier.verify(r.site, observed, CheckScope.wholeSite(r.site, observed))).isEmpty();
            }
            RunHistory h = r.history(result.runId());
            assertThat(h.run().outcome()).contains(Outcome.OK);
            assertThat(h.commits()).isNotEmpty().allSatisfy(c -> assertThat(c.state()).isEqualTo(PendingCommit.State.CONFIRMED));
            assertThat(events(h, EventKind.SERVICE_RESTORED)).extracting(e -> e.service().orElseThrow())
                    .containsExactlyInAnyOrder("office", "cctv");
            assertThat(unmanaged(r)).as("every push stayed inside the areas switchover owns").isEqualTo(unmanaged);
            assertNoSecretIn(dir);
        }
    }

    @Test
    void aControllerKilledMidFlipOnIosXeIsResumedToTheEnd(@TempDir Path dir) throws Exception {
        try (AccessReplacement r = AccessReplacement.start(dir, "cisco-branch", MODEL, Platform.IOSXE)) {
            // the core answers slowly all along, so the kill lands inside the flip, between acc-1's commit and the core's
            r.lab.lab().delayReplies("core-1", Duration.ofSeconds(1));
            Map<String, List<String>> unmanaged = unmanaged(r);
            Process controller = ReplaceProcess.start(dir, r.lab.siteFile(),
                    List.of(AccessReplacement.FAILED + "=" + r.lab.address(AccessReplacement.SPARE)));
            try {
                waitFor(() -> !r.journal.runs(1).isEmpty(), Duration.ofSeconds(60));
                long runId = r.journal.runs(1).get(0).id();
                waitFor(() -> r.journal.pendingCommits(runId).stream().anyMatch(c -> c.label().equals("acc-1/wave-1/flip")),
                        Duration.ofSeconds(60));
                controller.destroyForcibly().waitFor();
                r.lab.lab().delayReplies("core-1", Duration.ZERO);

                Run run = r.journal.run(runId).orElseThrow();
                assertThat(run.isFinished()).isFalse();
                assertThat(r.journal.pendingCommits(runId)).extracting(PendingCommit::device).containsExactly(AccessReplacement.FAILED);

                RunResult resumed = r.resume(Progress.silent(), runId);

                assertThat(resumed.exitCode()).as(resumed.reason()).isZero();
                for (String device : r.site.devices().keySet()) {
                    assertThat(r.goldenDiff(device).changes()).as("drift on " + device).isEmpty();
                }
                RunHistory h = r.history(runId);
                assertThat(h.run().outcome()).contains(Outcome.OK);
                assertThat(events(h, EventKind.RESUMED)).singleElement()
                        .satisfies(e -> assertThat(e.message()).as(e.message()).contains("acc-1/wave-1/flip cancelled on acc-1"));
                assertThat(r.journal.pendingCommits(runId)).isEmpty();
                assertThat(unmanaged(r)).as("the journaled copy restored only the areas switchover owns").isEqualTo(unmanaged);
                assertNoSecretIn(dir);
            } finally {
                controller.destroyForcibly();
            }
        }
    }

    /** The unmanaged configuration of every switch of the lab, by name. */
    private static Map<String, List<String>> unmanaged(AccessReplacement r) {
        Map<String, List<String>> out = new TreeMap<>();
        Set<Integer> vlans = r.site.vlans().keySet();
        for (String name : r.site.devices().keySet()) out.put(name, UnmanagedConfig.of(r.lab.lab().get(name), vlans));
        out.put(AccessReplacement.SPARE, UnmanagedConfig.of(r.lab.lab().get(AccessReplacement.SPARE), vlans));
        return out;
    }

    /** The journal files (database and write-ahead log) and the controller's log hold neither the lab login nor its secret hash. */
    private static void assertNoSecretIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("switchover\\.db.*|controller\\.log")).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(f.toString()).doesNotContain("$9$").doesNotContain("netops").doesNotContain("Mgmt-vrf");
            }
        }
    }
}
