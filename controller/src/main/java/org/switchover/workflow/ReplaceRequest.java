package org.switchover.workflow;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.switchover.plan.Replacement;

/**
 * What a user asked a replacement run to do, and the arguments the journal keeps of it so that
 * {@code resume} can compute the same plan again. Holds no secret.
 */
public record ReplaceRequest(Path siteFile, List<Replacement> replacements, RunSettings settings) {

    public ReplaceRequest {
        replacements = ImmutableList.copyOf(replacements);
    }

    public List<String> arguments() {
        List<String> args = new ArrayList<>();
        args.add("--site");
        args.add(siteFile.toString());
        for (Replacement r : replacements) {
            args.add("--replace");
            args.add(r.toString());
        }
        args.add("--confirm-timeout");
        args.add(settings.confirmTimeout().toSeconds() + "s");
        args.add("--check-timeout");
        args.add(settings.checkTimeout().toMillis() + "ms");
        args.add("--parallel");
        args.add(Integer.toString(settings.parallel()));
        if (settings.trustNewHostKeys()) args.add("--trust-new-host-keys");
        if (settings.acceptModel()) args.add("--accept-model");
        return args;
    }

    /** Reads back what {@link #arguments} wrote. */
    public static ReplaceRequest fromArguments(List<String> args) {
        Path site = null;
        List<Replacement> reps = new ArrayList<>();
        RunSettings settings = RunSettings.defaults();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--site" -> site = Path.of(args.get(++i));
                case "--replace" -> reps.add(Replacement.parse(args.get(++i)));
                case "--confirm-timeout" -> settings = settings.withConfirmTimeout(Durations.parse(args.get(++i)));
                case "--check-timeout" -> settings = settings.withCheckTimeout(Durations.parse(args.get(++i)));
                case "--parallel" -> settings = settings.withParallel(Integer.parseInt(args.get(++i)));
                case "--trust-new-host-keys" -> settings = settings.withTrustNewHostKeys(true);
                case "--accept-model" -> settings = settings.withAcceptModel(true);
                default -> throw new IllegalArgumentException("unexpected journaled argument '" + a + "'");
            }
        }
        checkArgument(site != null, "the journaled run names no site file");
        return new ReplaceRequest(site, reps, settings);
    }

    /** Durations as people write them: 120s, 2m, 500ms, 1h. */
    public static final class Durations {
        private Durations() {}

        public static Duration parse(String text) {
            String t = text.trim().toLowerCase(java.util.Locale.ROOT);
            try {
                if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
                if (t.endsWith("s")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
                if (t.endsWith("m")) return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
                if (t.endsWith("h")) return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
                return Duration.ofSeconds(Long.parseLong(t));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 120s, 2m or 500ms", e);
            }
        }
    }
}
