package org.switchover.workflow.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.workflow.crash.CrashPoints.Point;

/**
 * The replacement and the remediation workflows killed (Runtime.halt, as kill -9) at their
 * side-effect points: before and after every journal write and every device RPC that changes
 * state, over real SSH against the city lab, one fresh lab per point; see {@link CrashSweep} for
 * what must hold after {@code resume}. CI runs a seeded sample; {@code -Dswitchover.crash.points=all}
 * runs every point, {@code -Dswitchover.seed=N} replays a sample.
 */
class CrashSweepIT {

    @Test
    void aReplacementHoldsWhereverTheControllerDies(@TempDir Path dir) throws Exception {
        // and always once inside the transaction that takes the run's leases
        sweep(CityReplacement.dist2(), dir, CrashSelection.fromProperties(2), "after journal INSERT leases#1");
    }

    @Test
    void aRemediationHoldsWhereverTheControllerDies(@TempDir Path dir) throws Exception {
        sweep(CityRemediation.threePlatforms(), dir, CrashSelection.fromProperties(3), null);
    }

    private static void sweep(CrashScenario scenario, Path dir, CrashSelection selection, String pinned) throws Exception {
        CrashSweep sweep = new CrashSweep(scenario, dir);
        CrashSweep.Recording rec = sweep.record();
        // both workflows write the IOS-XE dist-2's running config under the emulated confirmed commit
        assertThat(rec.points()).as("points recorded").extracting(Point::label).contains("after rpc edit-config running dist-2");
        java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>(selection.choose(rec.points().size()));
        if (pinned != null) {
            int at = rec.points().stream().map(Point::key).toList().indexOf(pinned);
            assertThat(at).as("the run passes " + pinned).isNotNegative();
            chosen.add(at);
        }
        System.out.printf("%s: %d crash points (run without a crash: %d ms); crashing at %d of them (%s)%n",
                scenario.name(), rec.points().size(), rec.took().toMillis(), chosen.size(), selection.describe());
        assertThat(rec.after()).as("the run changed the site").isNotEqualTo(rec.before());
        List<String> failures = new ArrayList<>();
        for (int i : chosen) {
            Point p = rec.points().get(i);
            OptionalLong resumeCrash = selection.resumeCrash(i);
            long start = System.nanoTime();
            CrashSweep.Verdict v = sweep.crashAt(i, p, rec, resumeCrash);
            System.out.printf("  point %d %s: %s: %s (%d ms)%n", i + 1, p.key(), v.story(),
                    v.problems().isEmpty() ? "held" : String.join("; ", v.problems()), (System.nanoTime() - start) / 1_000_000);
            v.problems().forEach(problem -> failures.add("point " + (i + 1) + " (" + p.key() + "): " + problem));
        }
        assertThat(failures).as(scenario.name() + " crashed at " + selection.describe()).isEmpty();
    }
}
