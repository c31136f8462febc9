package org.switchover.journal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses text that looks like a secret before it reaches the journal file, which people copy,
 * query and attach to tickets. Callers pass references ({@code env:SWITCH_PASSWORD}), never
 * values; this is the net under that rule, not a replacement for it.
 */
final class SecretGuard {

    private static final List<Pattern> SECRET_LOOKING = List.of(
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("(?i)\\b(password|passwd|passphrase|secret|token|api[_-]?key)\\s*[=:]\\s*(?!\\*|\\(redacted\\)|(env|file|ssh-key):)\\S"),
            // crypt(3) and vendor password hashes: $1$, $5$, $6$, $2b$, $y$, Junos $9$
            Pattern.compile("\\$(1|2[aby]?|5|6|y|9)\\$[./A-Za-z0-9$]{8,}"));

    private static final Pattern SECRET_FLAG = Pattern.compile("(?i)--?(password|passwd|passphrase|secret|token|api[_-]?key)");

    /** Leaf names whose values are secrets; diffs show them as changed without their values. */
    private static final Pattern SECRET_LEAF = Pattern.compile(
            "(?i).*(password|secret|passphrase|token|community|psk|private-key|auth-key).*");

    private SecretGuard() {}

    static String check(String field, String value) {
        if (value == null) {
            return null;
        }
        for (Pattern p : SECRET_LOOKING) {
            checkArgument(!p.matcher(value).find(),
                    "refusing to journal %s: it looks like a secret (%s); pass a reference such as env:VAR instead",
                    field, p.pattern().length() > 40 ? "matches a secret pattern" : p.pattern());
        }
        return value;
    }

    static List<String> checkArguments(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            checkArgument(!SECRET_FLAG.matcher(flag).matches(),
                    "refusing to journal argument %s: secrets belong in the site file's credential references", flag);
            check("argument " + (i + 1), arg);
        }
        return arguments;
    }

    /** True when a config leaf named like this holds a secret, whose value must not be journaled. */
    static boolean isSecretLeaf(String path) {
        String leaf = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return SECRET_LEAF.matcher(leaf).matches();
    }

    /** True when {@code value} looks like a secret; for text that must be kept whole or not at all. */
    static boolean looksSecret(String value) {
        return value != null && SECRET_LOOKING.stream().anyMatch(p -> p.matcher(value).find());
    }
}
