package org.switchover.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.net.HostAndPort;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchover.inventory.Link;
import org.switchover.inventory.Port;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.verify.CheckScope;
import org.switchover.verify.Finding;
import org.switchover.verify.SmallSite;

class PlannerTest {

    private final Site site = SmallSite.site();

    private static Replacement r(String spec) {
        return Replacement.parse(spec);
    }

    @Test
    void wavesFollowServicePriorityAndIncludeTheNeighbourPortsFacingTheNewSwitch() {
        Plan plan = Planner.plan(PlanInput.of(site, List.of(r("acc-1=127.0.0.1:2201"))));
        ReplacementPlan acc = plan.replacement("acc-1").orElseThrow();

        assertThat(acc.waves()).hasSize(2);
        FlipWave first = acc.waves().get(0);
        assertThat(first.priority()).isEqualTo(1);
        assertThat(first.services()).containsExactly("cctv", "public");
        assertThat(first.portsByDevice()).isEqualTo(Map.of("acc-1", Set.of("Eth49", "Eth1", "Eth3"), "dist-1", Set.of("Eth1")));
        assertThat(first.links()).containsExactly(site.linkAt("acc-1", "Eth49").orElseThrow());
        FlipWave second = acc.waves().get(1);
        assertThat(second.priority()).isEqualTo(2);
        assertThat(second.services()).containsExactly("finance");
        assertThat(second.portsByDevice()).isEqualTo(Map.of("acc-1", Set.of("Eth2")));
    }

    @Test
    void stepsRunPreCheckStagedPushComplianceConfirmThenWavesWithCancelAsTheirUndo() {
        ReplacementPlan acc = Planner.plan(PlanInput.of(site, List.of(r("acc-1=127.0.0.1:2201")))).replacements().get(0);

        assertThat(acc.steps()).extracting(Step::id).containsExactly(
                "acc-1/pre-check", "acc-1/staged-push", "acc-1/compliance", "acc-1/confirm-push",
                "acc-1/wave-1/flip", "acc-1/wave-1/verify", "acc-1/wave-1/confirm",
                "acc-1/wave-2/flip", "acc-1/wave-2/verify", "acc-1/wave-2/confirm",
                "acc-1/record");
        Step verify = acc.step("acc-1/wave-1/verify").orElseThrow();
        assertThat(verify.onFailure()).containsInstanceOf(StepAction.CancelWave.class);
        assertThat(verify.onFailure().orElseThrow().describe()).contains("cancel-commit on acc-1, dist-1");
        assertThat(acc.step("acc-1/pre-check").orElseThrow().action())
                .isEqualTo(new StepAction.PreCheck("acc-1", HostAndPort.fromString("127.0.0.1:2201")));
    }

    @Test
    void theStagedIntentHoldsEdgePortsDownAndKeepsUplinksAsGolden() {
        ReplacementPlan acc = Planner.plan(PlanInput.of(site, List.of(r("acc-1=127.0.0.1:2201")))).replacements().get(0);

        assertThat(acc.staged().ports().values()).filteredOn(Port::enabled).extracting(Port::name).containsExactly("Eth49");
        assertThat(acc.staged().ports().get("Eth1").accessVlan()).isEqualTo(acc.intent().ports().get("Eth1").accessVlan());
        assertThat(acc.intent().ports().values().stream().filter(Port::enabled)).hasSize(4);
        assertThat(((StepAction.StagedPush) acc.steps().get(1).action()).portsStagedDown())
                .containsExactly("Eth1", "Eth2", "Eth3");
    }

    @Test
    void eachWaveVerifiesWhatItBroughtUpAndExpectsNothingOfLaterWaves() {
        ReplacementPlan acc = Planner.plan(PlanInput.of(site, List.of(r("acc-1=127.0.0.1:2201")))).replacements().get(0);
        CheckScope wave1 = ((StepAction.VerifyWave) acc.step("acc-1/wave-1/verify").orElseThrow().action()).scope();
        CheckScope wave2 = ((StepAction.VerifyWave) acc.step("acc-1/wave-2/verify").orElseThrow().action()).scope();

        assertThat(wave1.services()).contains("public", "cctv");
        // cctv never drops: every wave of every replacement checks it, also one that does not carry it
        ReplacementPlan acc3 = Planner.plan(PlanInput.of(site, List.of(r("acc-3=127.0.0.1:2203")))).replacements().get(0);
        assertThat(((StepAction.VerifyWave) acc3.step("acc-3/wave-1/verify").orElseThrow().action()).scope().services())
                .containsExactlyInAnyOrder("cctv", "finance");
        assertThat(wave1.pendingPorts()).containsExactly(new Link.Endpoint("acc-1", "Eth2"));
        assertThat(wave1.ports()).containsOnlyKeys("acc-1", "dist-1");
        assertThat(wave2.pendingPorts()).isEmpty();
        assertThat(wave2.services()).contains("finance");
    }

    @Test
    void replacementsRunByThePriorityOfTheirServicesThenCoreBeforeDistributionBeforeAccess() {
        Plan plan = Planner.plan(PlanInput.of(site, List.of(
                r("acc-3=127.0.0.1:2205"), r("acc-2=127.0.0.1:2204"), r("dist-1=127.0.0.1:2203"), r("core-2=127.0.0.1:2202"))));

        assertThat(plan.replacements()).extracting(ReplacementPlan::device).containsExactly("core-2", "dist-1", "acc-2", "acc-3");
        assertThat(plan.replacement("acc-3").orElseThrow().priority()).hasValue(2);
    }

    @Test
    void aNeighbourThatIsItselfStillToBeReplacedIsNotTouchedUntilItsOwnTurn() {
        Plan plan = Planner.plan(PlanInput.of(site, List.of(r("dist-1=127.0.0.1:2203"), r("core-1=127.0.0.1:2201"))));
        ReplacementPlan core = plan.replacement("core-1").orElseThrow();
        ReplacementPlan dist = plan.replacement("dist-1").orElseThrow();

        assertThat(plan.replacements()).extracting(ReplacementPlan::device).containsExactly("core-1", "dist-1");
        assertThat(core.absentDevices()).containsExactly("dist-1");
        assertThat(core.waves()).allSatisfy(w -> assertThat(w.devices()).doesNotContain("dist-1"));
        assertThat(core.waves().get(0).links()).noneMatch(l -> l.touches("dist-1", "Eth49"));
        assertThat(dist.absentDevices()).isEmpty();
        assertThat(dist.waves().get(0).portsByDevice()).containsEntry("core-1", Set.of("Eth49"));
    }

    @Test
    void independentReplacementsShareABatchOnlyWhenParallelAllowsIt() {
        List<Replacement> reps = List.of(r("acc-1=127.0.0.1:2201"), r("acc-2=127.0.0.1:2202"), r("dist-1=127.0.0.1:2203"));

        Plan serial = Planner.plan(PlanInput.of(site, reps));
        Plan parallel = Planner.plan(PlanInput.of(site, reps).withParallel(2));

        assertThat(serial.batches()).hasSize(3);
        // in restore order dist-1, acc-1, acc-2: acc-1 hangs off dist-1, acc-2 does not touch acc-1
        assertThat(parallel.batches()).containsExactly(List.of("dist-1"), List.of("acc-1", "acc-2"));
        assertThat(parallel.replacement("acc-2").orElseThrow().independentOf(parallel.replacement("dist-1").orElseThrow())).isTrue();
        assertThat(parallel.replacement("acc-1").orElseThrow().independentOf(parallel.replacement("dist-1").orElseThrow())).isFalse();
    }

    @Test
    void theWrongHardwareModelBlocksThePlan() {
        Plan plan = Planner.plan(PlanInput.of(site, List.of(r("core-1=127.0.0.1:2201")))
                .withNewHardware(Map.of("core-1", SmallSite.facts("factory", "sw-24", 24))));

        assertThat(plan.blocked()).isTrue();
        assertThat(plan.allBlockers()).extracting(Finding::kind).contains(Finding.Kind.MODEL_MISMATCH);
        assertThat(plan.allBlockers().get(0).message()).contains("127.0.0.1:2201").contains("sw-24");
    }

    @Test
    void theRightHardwareDoesNotBlock() {
        Plan plan = Planner.plan(PlanInput.of(site, List.of(r("core-1=127.0.0.1:2201")))
                .withNewHardware(Map.of("core-1", SmallSite.facts("factory", "sw-52", 52))));
        assertThat(plan.blocked()).isFalse();
    }

    @Test
    void badReplacementsAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> Planner.plan(PlanInput.of(site, List.of(r("core-9=127.0.0.1:2201")))))
                .hasMessageContaining("no device 'core-9'").hasMessageContaining("core-1");
        assertThatThrownBy(() -> Planner.plan(PlanInput.of(site, List.of(r("core-1=127.0.0.1:2201"), r("core-2=127.0.0.1:2201")))))
                .hasMessageContaining("already the new switch for core-1");
        assertThatThrownBy(() -> Replacement.parse("core-1")).hasMessageContaining("OLD=HOST:PORT");
        assertThatThrownBy(() -> Replacement.parse("core-1=10.0.0.1")).hasMessageContaining("needs a port");
        assertThat(Replacement.parse("core-1=10.0.0.1:830").newAddress().getPort()).isEqualTo(830);
    }

    @Test
    void thePlanIsTheSameForTheSameInput() {
        PlanInput in = PlanInput.of(site, List.of(r("acc-1=127.0.0.1:2201"), r("core-1=127.0.0.1:2202")));
        assertThat(Planner.plan(in)).isEqualTo(Planner.plan(in));
    }

    @Test
    void aNeighbourThatDoesNotAnswerStaysInTheWaveSoItsChecksFailButOneReplacedLaterIsNotExpectedYet() {
        Plan plan = Planner.plan(PlanInput.of(site, List.of(r("acc-1=127.0.0.1:2201"))).withUnavailable(Set.of("dist-1")));
        FlipWave first = plan.replacement("acc-1").orElseThrow().waves().get(0);
        assertThat(first.portsByDevice()).containsEntry("dist-1", Set.of("Eth1"));
        assertThat(first.links()).containsExactly(site.linkAt("acc-1", "Eth49").orElseThrow());

        Plan both = Planner.plan(PlanInput.of(site, List.of(r("acc-1=127.0.0.1:2201"), r("dist-1=127.0.0.1:2202"))));
        assertThat(both.batches().get(0)).containsExactly("dist-1");
        FlipWave distFirst = both.replacement("dist-1").orElseThrow().waves().get(0);
        assertThat(distFirst.portsByDevice()).doesNotContainKey("acc-1");
        assertThat(both.replacement("acc-1").orElseThrow().waves().get(0).portsByDevice()).containsEntry("dist-1", Set.of("Eth1"));
    }

    /** Two switches joined by two cables, the second shut at core-1's end (a standby cable). */
    private static final String STANDBY = """
            site: { name: standby }
            defaults: { platform: openconfig, credentials: { username: admin, secret: env:SW_PASSWORD } }
            models:
              sw-4: { ports: [eth1-4] }
            services:
              office: { priority: 1, gateway: core-1 }
            vlans:
              - { id: 10, name: office, service: office }
            devices:
              core-1:
                role: core
                model: sw-4
                management: 127.0.0.1:9001
                ports:
                  eth2: { mode: trunk, enabled: false, description: standby cable }
              acc-1:
                role: access
                model: sw-4
                management: 127.0.0.1:9002
                ports:
                  eth3: { vlan: 10 }
            links:
              - { a: "core-1:eth1", b: "acc-1:eth1" }
              - { a: "core-1:eth2", b: "acc-1:eth2" }
            """;

    @Test
    void theNeighbourEndOfACableKeptShutAtTheNewSwitchIsStillRestored() {
        // the operator shut acc-1:eth2 when core-1 failed; the site wants it enabled, core-1:eth2 shut
        Site standby = SiteLoader.defaults().parse(Path.of("/sites/standby/site.yaml"), STANDBY).get();
        ReplacementPlan core = Planner.plan(PlanInput.of(standby, List.of(r("core-1=127.0.0.1:2201")))).replacement("core-1").orElseThrow();

        FlipWave first = core.waves().get(0);
        assertThat(first.portsByDevice()).containsEntry("acc-1", Set.of("eth1", "eth2"));
        assertThat(first.portsByDevice().get("core-1")).contains("eth1").doesNotContain("eth2");
        assertThat(first.links()).containsExactly(standby.linkAt("core-1", "eth1").orElseThrow());
        assertThat(core.waves().subList(1, core.waves().size())).allSatisfy(w -> assertThat(w.portsByDevice()).doesNotContainKey("acc-1"));
    }
}
