package org.switchover.workflow;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan steps that stand or fall with one confirmed commit, named by its label (the id of the
 * step that made it): the staged push with its compliance check and confirm, or a wave's flip with
 * its checks and confirm. When the commit is cancelled, all of them must run again.
 */
final class CommitSteps {

    private static final Pattern WAVE = Pattern.compile("(.+)/wave-(\\d+)/flip");
    private static final String STAGED = "/staged-push";

    private CommitSteps() {}

    static Set<String> of(String label) {
        if (label.endsWith(STAGED)) {
            String device = label.substring(0, label.length() - STAGED.length());
            return Set.of(label, device + "/compliance", device + "/confirm-push");
        }
        Matcher m = WAVE.matcher(label);
        if (!m.matches()) return Set.of();
        String prefix = m.group(1) + "/wave-" + m.group(2);
        return Set.of(prefix + "/flip", prefix + "/verify", prefix + "/confirm");
    }
}
