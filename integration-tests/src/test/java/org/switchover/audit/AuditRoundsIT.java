package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.inventory.Site;
import org.switchover.lab.SimulatedSwitch;

/**
 * The rounds of a scheduled audit over real SSH to the lab: sessions are kept open between rounds
 * and reused, a switch that restarted gets a new session, and a new session checks the host key
 * again, so a key that changed while the session was kept is caught on reconnect.
 */
class AuditRoundsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void keepsSessionsBetweenRoundsAndReconnectsWithTheHostKeyCheckedAgain() throws Exception {
        try (AuditLab lab = AuditLab.start(AuditLab.city(), dir.resolve("lab"));
                AuditRounds rounds = AuditRunner.standard(Clock.systemUTC()).rounds(TIMEOUT)) {
            Site site = lab.site;
            int fleet = site.devices().size();
            AuditOptions options = AuditOptions.defaults().withDeviceTimeout(TIMEOUT);

            AuditReport first = rounds.run(site, options);
            assertThat(first.count(AuditOutcome.CLEAN)).isEqualTo(fleet);
            assertThat(rounds.sessionCounts()).isEqualTo(new AuditRounds.SessionCounts(fleet, 0));
            assertThat(lab.lab.switches()).allSatisfy(s -> assertThat(s.openSessions()).as(s.name()).isEqualTo(1));

            AuditReport second = rounds.run(site, options);
            assertThat(second.count(AuditOutcome.CLEAN)).isEqualTo(fleet);
            assertThat(rounds.sessionCounts()).as("no session opened in the second round")
                    .isEqualTo(new AuditRounds.SessionCounts(fleet, fleet));
            assertThat(lab.lab.switches()).allSatisfy(s -> assertThat(s.openSessions()).as(s.name()).isEqualTo(1));

            // a switch that restarts drops its session; the next round opens a new one and is still clean
            lab.lab.powerOff("acc-1");
            lab.lab.powerOn("acc-1");
            AuditReport third = rounds.run(site, options);
            assertThat(third.count(AuditOutcome.CLEAN)).isEqualTo(fleet);
            assertThat(rounds.sessionCounts().opened()).isEqualTo(fleet + 1);
            assertThat(lab.lab.get("acc-1").openSessions()).isEqualTo(1);

            // a switch comes back with a host key known_hosts does not have for it: the new session is refused
            lab.lab.powerOff("acc-2");
            lab.lab.powerOn("acc-2");
            giveAnotherSwitchsKey(lab.lab.knownHosts(), lab.lab.get("acc-2"), lab.lab.get("acc-3"));
            AuditReport fourth = rounds.run(site, options);
            assertThat(fourth.device("acc-2").orElseThrow().findings())
                    .anySatisfy(f -> assertThat(f.kind()).isEqualTo(AuditFindingKind.HOST_KEY_CHANGED));
            assertThat(fourth.count(AuditOutcome.CLEAN)).isEqualTo(fleet - 1);

            rounds.close();
            awaitNoSessions(lab.lab.switches());
        }
    }

    /** Rewrites {@code target}'s known_hosts line to carry {@code other}'s key, as a swapped or re-keyed device looks. */
    private static void giveAnotherSwitchsKey(Path knownHosts, SimulatedSwitch target, SimulatedSwitch other) throws Exception {
        List<String> lines = Files.readAllLines(knownHosts);
        String targetHost = "[127.0.0.1]:" + target.port() + " ";
        String otherHost = "[127.0.0.1]:" + other.port() + " ";
        String otherKey = lines.stream().filter(l -> l.startsWith(otherHost)).findFirst().orElseThrow().substring(otherHost.length());
        List<String> changed = lines.stream().map(l -> l.startsWith(targetHost) ? targetHost + otherKey : l).toList();
        assertThat(changed).isNotEqualTo(lines);
        Files.write(knownHosts, changed);
    }

    private static void awaitNoSessions(List<SimulatedSwitch> switches) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (switches.stream().anyMatch(s -> s.openSessions() > 0) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(switches).allSatisfy(s -> assertThat(s.openSessions()).as(s.name() + " after close").isZero());
    }
}
