package org.switchover.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;

/**
 * The lab half of the audit benchmark, run as its own process so the audit's heap is measured
 * alone: starts {@code count} switches of the city site replicated, writes {@code ports} (name
 * and port per line) to the lab directory, audits every switch once from this process (real
 * switches do not compile code while audited; this keeps the lab's compiler out of the figures),
 * prints {@code ready}, and runs until its input closes. With a third argument, the switches are
 * those of that site file (a {@link SiteReplica}) instead of the city site replicated in memory.
 */
public final class AuditBenchLab {

    private AuditBenchLab() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Site source = args.length > 2 ? SiteLoader.defaults().loadOrThrow(Path.of(args[2])) : AuditLab.replicate(AuditLab.city(), count);
        try (AuditLab lab = AuditLab.start(source, dir)) {
            String ports = lab.site.devices().values().stream()
                    .map(d -> d.name() + " " + d.management().getPort()).collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(dir.resolve("ports"), ports);
            AuditRunner.standard(Clock.systemUTC()).run(lab.site, AuditOptions.defaults().withDeviceTimeout(Duration.ofSeconds(60)));
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until the benchmark closes our input or exits
            }
        }
    }
}
