package org.switchover.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.switchover.driver.ConfigDiff;
import org.switchover.driver.Secrets;

/**
 * The net under the rule that callers journal references to secrets ({@code env:SWITCH_PASSWORD}),
 * never values: text that looks like a secret is redacted before it reaches the journal file, which
 * people copy, query and attach to tickets. It never refuses: a secret in a device's diff must not
 * abort a run halfway. What is secret is {@link Secrets}'s rule, the same for plan output and reports.
 */
final class SecretGuard {

    private static final Pattern SECRET_FLAG = Pattern.compile("(?i)--?(password|passwd|passphrase|secret|token|api[_-]?key)");

    private SecretGuard() {}

    /** {@code value} with anything secret-looking redacted. */
    static String check(String field, String value) {
        return Secrets.redact(value);
    }

    /** The arguments with secret-looking values, and the value after a secret flag, redacted. */
    static List<String> checkArguments(List<String> arguments) {
        List<String> out = new ArrayList<>(arguments.size());
        boolean valueOfSecretFlag = false;
        for (String arg : arguments) {
            int eq = arg.indexOf('=');
            String flag = eq >= 0 ? arg.substring(0, eq) : arg;
            if (valueOfSecretFlag) out.add(Secrets.REDACTED);
            else if (SECRET_FLAG.matcher(flag).matches() && eq >= 0) out.add(flag + "=" + Secrets.REDACTED);
            else out.add(Secrets.redact(arg));
            valueOfSecretFlag = !valueOfSecretFlag && eq < 0 && SECRET_FLAG.matcher(flag).matches();
        }
        return List.copyOf(out);
    }

    static ConfigDiff redact(ConfigDiff diff) {
        return Secrets.redact(diff);
    }

    /** True when {@code value} looks like a secret; for text that must be kept whole or not at all. */
    static boolean looksSecret(String value) {
        return value != null && !Secrets.redact(value).equals(value);
    }
}
