package org.switchover.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.switchover.inventory.Suppression;

/**
 * The site's suppressions, compiled: decides which findings an audit hides, and keeps them so
 * every report can show what was hidden and why.
 *
 * <p>A suppression's device is a name, {@code *} for every device, or a glob such as
 * {@code access-*}. Its path covers the whole subtree under it; inside the path {@code *}
 * matches within one step and {@code **} across steps, so
 * {@code /interfaces/interface[name=*]/config/description} hides every port description.
 * Unreachable devices and changed host keys are never suppressed.
 */
public final class AuditSuppressions {

    /** A finding a suppression hid, with the suppression that hid it. */
    public record Suppressed(AuditFinding finding, Suppression by) {}

    /** Findings split into those reported and those a suppression hid. */
    public record Split(List<AuditFinding> active, List<Suppressed> suppressed) {
        public Split {
            active = ImmutableList.copyOf(active);
            suppressed = ImmutableList.copyOf(suppressed);
        }
    }

    private static final Pattern QUOTED_KEY = Pattern.compile("\\[([^=\\]]+)=(['\"])(.*?)\\2\\]");

    private record Rule(Suppression suppression, Pattern device, Pattern path) {}

    private final List<Suppression> suppressions;
    private final List<Rule> rules;

    private AuditSuppressions(List<Suppression> suppressions) {
        this.suppressions = ImmutableList.copyOf(suppressions);
        this.rules = this.suppressions.stream()
                .map(s -> new Rule(s, glob(s.device(), false), subtree(s.path())))
                .toList();
    }

    public static AuditSuppressions of(List<Suppression> suppressions) {
        return new AuditSuppressions(suppressions);
    }

    public static AuditSuppressions none() {
        return new AuditSuppressions(List.of());
    }

    public List<Suppression> all() {
        return suppressions;
    }

    /** The first suppression that hides {@code finding}, if any. */
    public Optional<Suppression> matching(AuditFinding finding) {
        if (!finding.kind().suppressible()) return Optional.empty();
        return rules.stream()
                .filter(r -> r.device().matcher(finding.device()).matches() && r.path().matcher(finding.path()).matches())
                .map(Rule::suppression)
                .findFirst();
    }

    public Split split(List<AuditFinding> findings) {
        List<AuditFinding> active = new ArrayList<>();
        List<Suppressed> hidden = new ArrayList<>();
        for (AuditFinding f : findings) {
            Optional<Suppression> s = matching(f);
            if (s.isPresent()) hidden.add(new Suppressed(f, s.get()));
            else active.add(f);
        }
        return new Split(active, hidden);
    }

    private static Pattern subtree(String path) {
        // XPath-style quoted keys ([name='eth48']) name the same entry as the diff's [name=eth48]
        String unquoted = QUOTED_KEY.matcher(path.strip()).replaceAll("[$1=$3]");
        String p = unquoted.endsWith("/") && unquoted.length() > 1 ? unquoted.substring(0, unquoted.length() - 1) : unquoted;
        if (p.equals("/")) return Pattern.compile(".*");
        return Pattern.compile(glob(p, true).pattern() + "(?:[/\\[].*)?");
    }

    private static Pattern glob(String text, boolean pathAware) {
        StringBuilder re = new StringBuilder();
        boolean inKey = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*') {
                boolean twice = i + 1 < text.length() && text.charAt(i + 1) == '*';
                if (twice) i++;
                // a list key such as [name=ge-0/0/1] may hold slashes, so * inside brackets stops at ]
                re.append(twice || !pathAware ? ".*" : inKey ? "[^\\]]*" : "[^/]*");
            } else {
                if (c == '[') inKey = true;
                if (c == ']') inKey = false;
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
