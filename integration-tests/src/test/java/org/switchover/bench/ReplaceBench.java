package org.switchover.bench;

import com.google.common.net.HostAndPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchover.demo.DemoLab;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.journal.Journal;
import org.switchover.plan.Replacement;
import org.switchover.render.Renderer;
import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.NetconfDeviceAccess;
import org.switchover.workflow.Poll;
import org.switchover.workflow.Progress;
import org.switchover.workflow.ReplaceRequest;
import org.switchover.workflow.ReplaceWorkflow;
import org.switchover.workflow.RunResult;
import org.switchover.workflow.RunSettings;
import org.switchover.workflow.TemplateGoldenConfigs;

/**
 * One core switch of the city site replaced end to end against the lab: seconds per phase, and
 * last the line {@code replace: total_s=N} (the replacement run, from its start to its end).
 */
public final class ReplaceBench {

    public static void main(String[] args) throws Exception {
        Path city = Path.of(args.length > 0 ? args[0] : "templates/sites/city/site.yaml");
        String failed = args.length > 1 ? args[1] : "core-1";
        Path dir = Files.createTempDirectory("switchover-bench-replace-");
        Clock clock = Clock.systemUTC();
        Instant t0 = clock.instant();
        Device intent = SiteLoader.defaults().loadOrThrow(city).device(failed);
        Renderer renderer = Renderer.builtIn();
        try (DemoLab lab = DemoLab.start(city, dir, List.of(new DemoLab.Spare("spare-1", intent.model(), intent.platform())), renderer)) {
            Site site = lab.site();
            Instant labUp = clock.instant();
            var access = new NetconfDeviceAccess(CredentialResolver.system(), Duration.ofSeconds(10), Duration.ofSeconds(60), clock);
            lab.powerOff(failed);
            lab.shutPortsFacing(List.of(failed), access);
            lab.rack("spare-1", failed);
            Instant failedAt = clock.instant();
            Map<String, Instant> firstSeen = new LinkedHashMap<>();
            Map<String, Instant> lastSeen = new LinkedHashMap<>();
            Progress phases = e -> {
                String phase = phase(e.step());
                firstSeen.putIfAbsent(phase, e.at());
                lastSeen.put(phase, e.at());
            };
            try (Journal journal = Journal.open(dir.resolve("switchover.db"), clock)) {
                ReplaceWorkflow workflow = new ReplaceWorkflow(journal, access, new TemplateGoldenConfigs(renderer), phases,
                        clock, Poll.system(clock));
                Instant start = clock.instant();
                RunResult result = workflow.replace(site, new ReplaceRequest(lab.siteFile(),
                        List.of(new Replacement(failed, HostAndPort.fromString(lab.address("spare-1")))), RunSettings.defaults()), failedAt);
                Instant end = clock.instant();
                System.out.printf("lab start (%d switches): %.2f s%n", site.devices().size() + 1, seconds(t0, labUp));
                System.out.printf("failure, operator shutdown, racking: %.2f s%n", seconds(labUp, failedAt));
                System.out.printf("reading the site and planning: %.2f s%n", seconds(start, firstSeen.values().stream().findFirst().orElse(end)));
                Instant previous = null;
                for (var e : firstSeen.entrySet()) {
                    Instant from = previous == null ? e.getValue() : previous;
                    System.out.printf("%-22s %.2f s%n", e.getKey() + ":", seconds(from, lastSeen.get(e.getKey())));
                    previous = lastSeen.get(e.getKey());
                }
                System.out.println("outcome: " + result.outcome() + " " + result.reason());
                if (result.exitCode() != 0) System.exit(result.exitCode());
                System.out.printf("replace: total_s=%.2f%n", seconds(start, end));
            }
        }
    }

    /** The phase a step belongs to: its id without the device, e.g. pre-check, wave-1/verify. */
    private static String phase(String stepId) {
        int slash = stepId.indexOf('/');
        return slash < 0 ? stepId : stepId.substring(slash + 1);
    }

    private static double seconds(Instant a, Instant b) {
        return Duration.between(a, b).toMillis() / 1000.0;
    }
}
