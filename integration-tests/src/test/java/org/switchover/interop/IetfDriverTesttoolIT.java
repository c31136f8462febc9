package org.switchover.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.driver.CommitResult;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigDiff.ConfigChange;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DriverException;
import org.switchover.driver.LoadMode;
import org.switchover.driver.PlatformDriver;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import org.switchover.platform.NetconfDriver;
import org.switchover.platform.PlatformDrivers;

/**
 * The ietf driver against OpenDaylight's netconf-testtool, a server we did not write, serving the
 * ietf platform's modules from the shared YANG folder: push and compare of the ietf-interfaces
 * part, and the emulated confirmed commit the driver falls back to because the server has
 * :candidate but not :confirmed-commit.
 */
class IetfDriverTesttoolIT {
    private static final String IF_NS = "urn:ietf:params:xml:ns:yang:ietf-interfaces";
    private static final List<String> PLATFORM_MODULES = List.of("ietf-system", "iana-crypt-hash", "ietf-netconf-acm",
            "ieee802-dot1q-bridge", "ieee802-dot1q-types", "ieee802-types", "ieee802-dot1ab-lldp", "ieee802-dot1ab-types", "ietf-routing");

    @TempDir
    static Path work;

    private static NetconfTesttool tool;

    @BeforeAll
    static void start() throws Exception {
        Path yang = Path.of(System.getProperty("switchover.yang.dir", "../shared/yang"));
        if (!Files.isDirectory(yang)) {
            System.out.println("IetfDriverTesttoolIT skipped: no YANG folder at " + yang.toAbsolutePath()
                    + " (set -Dswitchover.yang.dir)");
            Assumptions.abort("no YANG folder at " + yang.toAbsolutePath());
        }
        tool = NetconfTesttool.start(work, platformModules(yang));
    }

    @AfterAll
    static void stop() {
        if (tool != null) tool.close();
    }

    @BeforeEach
    void startFromGolden() {
        try (PlatformDriver d = driver()) {
            d.loadCandidate(golden("to core-1"), LoadMode.REPLACE);
            d.confirm(d.commitConfirmed(Duration.ofSeconds(60), "reset").persistId());
        }
    }

    @Test
    void theDriverFallsBackToAnEmulatedConfirmedCommit() {
        try (PlatformDriver d = driver()) {
            assertThat(((NetconfDriver) d).support().candidate()).isTrue();
            assertThat(((NetconfDriver) d).support().confirmedCommit()).isFalse();
            d.loadCandidate(golden("to core-2"), LoadMode.REPLACE);
            CommitResult result = d.commitConfirmed(Duration.ofSeconds(60), "odl-1");
            assertThat(result.emulated()).isTrue();
            assertThat(result.note()).contains("has no :confirmed-commit");
            d.confirm("odl-1");
            assertThat(d.compliance(golden("to core-2")).render()).isEmpty();
        }
    }

    @Test
    void pushThenCompareIsEmptyAndAnOutOfBandChangeIsExactlyThatChange() {
        try (PlatformDriver d = driver()) {
            assertThat(d.compliance(golden("to core-1")).render()).isEmpty();
            d.loadCandidate(golden("to core-1"), LoadMode.REPLACE);
            assertThat(d.compare().render()).isEmpty();
            d.discard();

            d.loadCandidate(golden("to core-9"), LoadMode.REPLACE);
            assertThat(d.compare().changes()).containsExactly(
                    new ConfigChange("/interfaces/interface[name=eth1]/description", "to core-1", "to core-9"));
            d.discard();

            try (NetconfSession console = NetconfClient.connect(tool.connectOptions("odl"))) {
                console.editConfig(EditConfig.of(Datastore.CANDIDATE, "<interfaces xmlns=\"" + IF_NS + "\"><interface>"
                        + "<name>eth2</name><enabled>false</enabled></interface></interfaces>"));
                console.commit();
            }
            ConfigDiff drift = d.compliance(golden("to core-1"));
            assertThat(drift.changes()).containsExactly(
                    new ConfigChange("/interfaces/interface[name=eth2]/enabled", "false", null));
        }
    }

    @Test
    void readingFactsSurvivesAServerThatRefusesAModuleItLacks() {
        try (PlatformDriver d = driver()) {
            // the testtool has no ietf-hardware and fails a filter naming it; the driver reads that as no data
            assertThat(d.facts().serial()).isEmpty();
        }
    }

    @Test
    void anEmulatedConfirmedCommitThatTimesOutIsRolledBackFromTheSavedCopy() {
        try (PlatformDriver d = driver()) {
            d.loadCandidate(golden("to core-3"), LoadMode.REPLACE);
            assertThat(d.commitConfirmed(Duration.ofSeconds(1), "odl-2").emulated()).isTrue();
            assertThat(d.compliance(golden("to core-3")).render()).isEmpty();
            await(() -> d.compliance(golden("to core-1")).isEmpty());
            assertThatThrownBy(() -> d.confirm("odl-2")).isInstanceOf(DriverException.class).hasMessageContaining("timeout");
        }
    }

    @Test
    void cancellingAnEmulatedConfirmedCommitRestoresTheSavedCopy() {
        try (PlatformDriver d = driver()) {
            d.loadCandidate(golden("to core-4"), LoadMode.REPLACE);
            d.commitConfirmed(Duration.ofSeconds(60), "odl-3");
            assertThat(d.compliance(golden("to core-4")).render()).isEmpty();
            d.cancel("odl-3");
            assertThat(d.compliance(golden("to core-1")).render()).isEmpty();
        }
    }

    private static PlatformDriver driver() {
        return PlatformDrivers.open("ietf", NetconfClient.connect(tool.connectOptions("odl")));
    }

    /** The ietf-interfaces part of a golden configuration: an uplink and a second enabled port. */
    private static ConfigPayload golden(String uplinkDescription) {
        String type = "<type xmlns:ianaift=\"urn:ietf:params:xml:ns:yang:iana-if-type\">ianaift:ethernetCsmacd</type>";
        String xml = "<interfaces xmlns=\"" + IF_NS + "\">"
                + "<interface><name>eth1</name><description>" + uplinkDescription + "</description>" + type
                + "<enabled>true</enabled></interface>"
                + "<interface><name>eth2</name>" + type + "<enabled>true</enabled></interface></interfaces>";
        return new ConfigPayload("odl", xml, List.of(new ConfigPayload.Subtree(IF_NS, "interfaces")));
    }

    private static List<Path> platformModules(Path yang) throws IOException {
        try (Stream<Path> files = Files.list(yang)) {
            return files.filter(f -> PLATFORM_MODULES.stream().anyMatch(m -> f.getFileName().toString().startsWith(m + "@")))
                    .toList();
        }
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("not rolled back within 20 s; testtool log:\n" + tool.logTail());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
