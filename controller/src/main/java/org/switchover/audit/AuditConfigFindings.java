package org.switchover.audit;

import java.util.List;
import java.util.regex.Pattern;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigDiff.ConfigChange;

/**
 * Turns a compliance diff (before = running, after = golden) into config-drift findings. Values of
 * secret leaves (passwords, keys, communities) are never carried: the finding says the leaf differs
 * and shows {@code (redacted)} on both sides.
 */
public final class AuditConfigFindings {

    private static final Pattern SECRET_LEAF = Pattern.compile(
            "(?i).*(password|secret|passphrase|token|community|psk|private-key|auth-key|key-string)[^/]*$");
    static final String REDACTED = "(redacted)";

    private AuditConfigFindings() {}

    public static List<AuditFinding> of(String device, ConfigDiff diff) {
        return diff.changes().stream().map(c -> finding(device, c)).toList();
    }

    private static AuditFinding finding(String device, ConfigChange c) {
        boolean secret = SECRET_LEAF.matcher(c.path()).matches();
        String golden = secret && c.after() != null ? REDACTED : c.after();
        String running = secret && c.before() != null ? REDACTED : c.before();
        String message;
        if (c.before() == null) message = "missing on the device; golden sets it";
        else if (c.after() == null) message = "set on the device but not in golden";
        else message = "differs from golden";
        return new AuditFinding(device, AuditFindingKind.CONFIG_DRIFT, c.path(), golden, running, message);
    }
}
