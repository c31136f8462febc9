package org.switchover.workflow;

import com.google.common.net.HostAndPort;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.switchover.driver.CommitResult;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigPayload;
import org.switchover.driver.DeviceFacts;
import org.switchover.driver.InterfaceState;
import org.switchover.driver.LldpNeighbor;
import org.switchover.driver.LoadMode;
import org.switchover.driver.PlatformDriver;
import org.switchover.driver.PortsAndNeighbors;
import org.switchover.driver.VlanState;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.journal.Journal;
import org.switchover.plan.Replacement;
import org.switchover.render.Renderer;
import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.DeviceAccess;
import org.switchover.workflow.access.NetconfDeviceAccess;

/**
 * Run in its own JVM by the fault tests: replaces acc-1 of a lab's site and dies the way
 * {@code kill -9} kills (no journal close, no session close, no rollback of its own) right after a
 * chosen device answered a chosen call for a chosen commit: {@code commit} (the device holds a
 * confirmed commit the journal calls pending) or {@code confirm} (the device confirmed; the
 * journal has not heard of it).
 *
 * <p>Arguments: SITE_FILE SPARE_ADDRESS JOURNAL DEVICE CALL PERSIST_ID_PART
 */
public final class CrashingReplace {

    private CrashingReplace() {}

    public static void main(String[] args) {
        Path siteFile = Path.of(args[0]);
        String spare = args[1];
        Journal journal = Journal.open(Path.of(args[2]), Clock.systemUTC());
        String device = args[3];
        String call = args[4];
        String persistPart = args[5];
        Site site = SiteLoader.defaults().loadOrThrow(siteFile);
        Clock clock = Clock.systemUTC();
        NetconfDeviceAccess real = new NetconfDeviceAccess(CredentialResolver.system(), Duration.ofSeconds(10), Duration.ofSeconds(30), clock);
        DeviceAccess halting = (intent, address, trust) -> new Halting(real.open(intent, address, trust), device, call, persistPart);
        ReplaceRequest request = new ReplaceRequest(siteFile.toAbsolutePath(),
                List.of(new Replacement(AccessReplacement.FAILED, HostAndPort.fromString(spare))),
                RunSettings.defaults().withConfirmTimeout(Duration.ofSeconds(60)).withCheckTimeout(Duration.ofSeconds(4)));
        new ReplaceWorkflow(journal, halting, new TemplateGoldenConfigs(Renderer.builtIn()), Progress.silent(), clock,
                Poll.system(clock)).replace(site, request, clock.instant());
        System.out.println("the run ended without reaching the crash point");
        System.exit(1);
    }

    /** A driver that halts the JVM right after {@code device} answered {@code call} for a matching persist-id. */
    private record Halting(PlatformDriver d, String device, String call, String persistPart) implements PlatformDriver {

        private void haltIf(String what, String persistId) {
            if (d.device().equals(device) && call.equals(what) && persistId.contains(persistPart)) {
                System.out.println("halting after " + what + " " + persistId + " on " + device);
                System.out.flush();
                Runtime.getRuntime().halt(137);
            }
        }

        @Override
        public CommitResult commitConfirmed(Duration timeout, String persistId) {
            CommitResult r = d.commitConfirmed(timeout, persistId);
            haltIf("commit", persistId);
            return r;
        }

        @Override
        public void confirm(String persistId) {
            d.confirm(persistId);
            haltIf("confirm", persistId);
        }

        @Override
        public String device() {
            return d.device();
        }

        @Override
        public DeviceFacts facts() {
            return d.facts();
        }

        @Override
        public void loadCandidate(ConfigPayload config, LoadMode mode) {
            d.loadCandidate(config, mode);
        }

        @Override
        public ConfigDiff compare() {
            return d.compare();
        }

        @Override
        public ConfigDiff compliance(ConfigPayload golden) {
            return d.compliance(golden);
        }

        public boolean confirmsNatively() {
            return d.confirmsNatively();
        }

        public Optional<ConfigPayload> savedRunning() {
            return d.savedRunning();
        }

        @Override
        public void cancel(String persistId) {
            d.cancel(persistId);
        }

        @Override
        public void discard() {
            d.discard();
        }

        @Override
        public void rollback() {
            d.rollback();
        }

        @Override
        public List<InterfaceState> interfaces() {
            return d.interfaces();
        }

        @Override
        public List<VlanState> vlans() {
            return d.vlans();
        }

        @Override
        public List<LldpNeighbor> lldpNeighbors() {
            return d.lldpNeighbors();
        }

        @Override
        public PortsAndNeighbors portsAndNeighbors() {
            return d.portsAndNeighbors();
        }

        @Override
        public void setPortsEnabled(Set<String> ports, boolean enabled) {
            d.setPortsEnabled(ports, enabled);
        }

        @Override
        public void close() {
            d.close();
        }

        @Override
        public String saveRunning() {
            return d.saveRunning();
        }

        @Override
        public boolean isOpen() {
            return d.isOpen();
        }
    }
}
