package org.switchover.audit;

import java.util.List;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.ConfigDiff.ConfigChange;
import org.switchover.driver.Secrets;

/**
 * Turns a compliance diff (before = running, after = golden) into config-drift findings. Values of
 * secret leaves (passwords, keys, communities) are never carried: the finding says the leaf differs
 * and shows {@code (redacted)} on both sides ({@link Secrets}' rule).
 */
public final class AuditConfigFindings {

    static final String REDACTED = Secrets.REDACTED;

    private AuditConfigFindings() {}

    public static List<AuditFinding> of(String device, ConfigDiff diff) {
        return diff.changes().stream().map(c -> finding(device, c)).toList();
    }

    private static AuditFinding finding(String device, ConfigChange c) {
        ConfigChange safe = Secrets.redact(new ConfigDiff(List.of(c))).changes().get(0);
        String golden = safe.after();
        String running = safe.before();
        String message;
        if (c.before() == null) message = "missing on the device; golden sets it";
        else if (c.after() == null) message = "set on the device but not in golden";
        else message = "differs from golden";
        return new AuditFinding(device, AuditFindingKind.CONFIG_DRIFT, c.path(), golden, running, message);
    }
}
