package org.switchover.driver;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for what is secret, used wherever config or text leaves the program (journal, plan
 * output, reports): values of secret leaves (passwords, keys, communities) and text that looks like
 * a secret (a private key, {@code password=…}, a password hash) are replaced by {@value #REDACTED}.
 * Redacting never fails, so a secret in a device's diff never aborts a run.
 */
public final class Secrets {

    public static final String REDACTED = "(redacted)";

    /** Leaf names whose values are secrets: the last path step, list keys and prefixes aside. */
    private static final Pattern SECRET_LEAF = Pattern.compile(
            "(?i).*(password|passwd|secret|passphrase|token|community|psk|private-key|auth-key|key-string|api-key).*");

    /** Whole matches that are secret: private key blocks and crypt(3) or vendor password hashes. */
    private static final List<Pattern> SECRET_TEXT = List.of(
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(-----END [A-Z ]*PRIVATE KEY-----|\\z)"),
            // crypt(3) and vendor password hashes: $1$, $5$, $6$, $2b$, $y$, Junos $9$
            Pattern.compile("\\$(1|2[aby]?|5|6|y|9)\\$[./A-Za-z0-9$]{8,}"));

    /** {@code password=VALUE}, {@code token: VALUE}: group 2 is the value; references are not secrets. */
    private static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
            "(?i)\\b(password|passwd|passphrase|secret|token|api[_-]?key)(\\s*[=:]\\s*)(?!\\*|\\(redacted\\)|(env|file|ssh-key):)([^\\s,;]+)");

    /** An XML element named like a secret leaf, in a subtree carried as a value: group 3 is its text. */
    private static final Pattern SECRET_ELEMENT = Pattern.compile(
            "(?i)(<([\\w.-]+:)?[\\w.-]*(password|passwd|secret|passphrase|token|community|psk|private-key|auth-key|key-string)[\\w.-]*(\\s[^>]*)?>)([^<]+)(<)");

    private Secrets() {}

    /** True when the leaf at {@code path} (e.g. {@code /system/aaa/.../config/password}) holds a secret. */
    public static boolean isSecretLeaf(String path) {
        String steps = path.replaceAll("\\[[^\\]]*\\]", "");
        String leaf = steps.substring(steps.lastIndexOf('/') + 1);
        int colon = leaf.indexOf(':');
        if (colon >= 0) leaf = leaf.substring(colon + 1);
        return SECRET_LEAF.matcher(leaf.toLowerCase(Locale.ROOT)).matches();
    }

    /** {@code text} with everything that looks like a secret replaced by {@value #REDACTED}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) return text;
        String out = text;
        for (Pattern p : SECRET_TEXT) out = p.matcher(out).replaceAll(REDACTED);
        out = SECRET_ASSIGNMENT.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + REDACTED));
        out = SECRET_ELEMENT.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + REDACTED + m.group(6)));
        return out;
    }

    /** True when {@link #redact} would change {@code text}. */
    public static boolean looksSecret(String text) {
        return text != null && !redact(text).equals(text);
    }

    /** {@code diff} with the values of secret leaves, and secret-looking text in any value, redacted. */
    public static ConfigDiff redact(ConfigDiff diff) {
        return new ConfigDiff(diff.changes().stream().map(Secrets::redact).toList());
    }

    private static ConfigDiff.ConfigChange redact(ConfigDiff.ConfigChange c) {
        if (isSecretLeaf(c.path())) {
            return new ConfigDiff.ConfigChange(c.path(), c.before() == null ? null : REDACTED, c.after() == null ? null : REDACTED);
        }
        return new ConfigDiff.ConfigChange(c.path(), redact(c.before()), redact(c.after()));
    }
}
