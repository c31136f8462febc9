package org.switchover.workflow.crash;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Which crash points a sweep runs: all of them ({@code -Dswitchover.crash.points=all}), or a
 * sample of {@code -Dswitchover.crash.points=N} drawn with {@code -Dswitchover.seed=S} (a fresh
 * seed when none is given; it is printed, so any run can be replayed). The same seed decides at
 * which of the chosen points resume is crashed too, and where. {@code -Dswitchover.crash.range=A-B}
 * keeps to points A to B.
 */
record CrashSelection(long seed, int sample, boolean all, int from, int to) {

    /** A resume crash at its first points at most this far in. */
    private static final int RESUME_POINTS = 40;

    static CrashSelection fromProperties(int defaultSample) {
        String seed = System.getProperty("switchover.seed", "");
        String points = System.getProperty("switchover.crash.points", "");
        long s = seed.isBlank() ? new Random().nextLong() : Long.parseLong(seed.strip());
        boolean all = points.strip().equalsIgnoreCase("all");
        int n = all || points.isBlank() ? defaultSample : Integer.parseInt(points.strip());
        // -Dswitchover.crash.range=FIRST-LAST (1-based, as printed): only points in it, e.g. to replay a stretch that failed
        String[] range = System.getProperty("switchover.crash.range", "1-" + Integer.MAX_VALUE).strip().split("-");
        return new CrashSelection(s, n, all, Integer.parseInt(range[0]) - 1, Integer.parseInt(range[1]) - 1);
    }

    /** The indices (0-based) of the points to crash at, in order. */
    List<Integer> choose(int total) {
        List<Integer> indices = new ArrayList<>(IntStream.range(0, total).filter(i -> i >= from && i <= to).boxed().toList());
        if (all || sample >= indices.size()) return indices;
        Collections.shuffle(indices, new Random(seed));
        List<Integer> chosen = new ArrayList<>(indices.subList(0, sample));
        Collections.sort(chosen);
        return chosen;
    }

    /** For the point at {@code index}: crash the first resume too, at its M-th point, or not (every other point, by the seed). */
    OptionalLong resumeCrash(int index) {
        Random r = new Random(seed ^ (index * 0x9E3779B97F4A7C15L));
        return r.nextBoolean() ? OptionalLong.of(1 + r.nextInt(RESUME_POINTS)) : OptionalLong.empty();
    }

    String describe() {
        return (all ? "all points" : sample + " points") + (from > 0 || to < Integer.MAX_VALUE - 1 ? " of " + (from + 1) + "-" + (to + 1) : "")
                + ", -Dswitchover.seed=" + seed;
    }
}
