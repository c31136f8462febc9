package org.switchover.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the template file and true line of a Jinjava error. Two reasons this is needed: with
 * trim_blocks Jinjava does not count the newline it removes after a block or comment tag, so its line
 * numbers run short; and an error inside an imported or included template carries that file's line
 * but not its name. The erroneous expression, quoted in the message, settles which file and line.
 */
final class TemplateErrorLocation {

    /** Where to look: template origin (file or built-in name) and 1-based line. */
    record At(String template, int line) {}

    private static final Pattern REFERENCE = Pattern.compile("\\{%-?\\s*(?:import|from|include|extends)\\s+[\"']([^\"']+)[\"']");
    private static final Pattern TOKEN = Pattern.compile("(?:Unknown token found|Could not resolve function|Unknown filter)[^:]*:\\s*(.+)$");

    private TemplateErrorLocation() {}

    static At locate(TemplateLocator locator, TemplateLocator.Source root, int reportedLine, String message) {
        Optional<String> token = token(message);
        List<TemplateLocator.Source> candidates = reachable(locator, root);
        if (token.isPresent()) {
            for (TemplateLocator.Source s : candidates) {
                Optional<Integer> line = lineWithToken(s.text(), reportedLine, token.get());
                if (line.isPresent()) return new At(s.origin(), line.get());
            }
        }
        List<Integer> run = linesReportedAs(root.text(), reportedLine);
        return new At(root.origin(), run.isEmpty() ? reportedLine : run.get(run.size() - 1));
    }

    static Optional<String> token(String message) {
        Matcher m = TOKEN.matcher(message == null ? "" : message.trim());
        return m.find() ? Optional.of(m.group(1).replaceAll("\\s+", "")) : Optional.empty();
    }

    /** The true lines Jinjava numbers {@code reported}: a tag line and the lines its trimmed newlines joined. */
    static List<Integer> linesReportedAs(String text, int reported) {
        List<Integer> lines = new ArrayList<>();
        int counted = 1;
        int trueLine = 1;
        for (int i = 0; i < text.length(); i++) {
            if (counted == reported && (lines.isEmpty() || lines.get(lines.size() - 1) != trueLine)) lines.add(trueLine);
            if (text.charAt(i) != '\n') continue;
            trueLine++;
            boolean trimmed = i >= 2 && text.charAt(i - 1) == '}' && (text.charAt(i - 2) == '%' || text.charAt(i - 2) == '#');
            if (!trimmed) counted++;
        }
        return lines;
    }

    private static Optional<Integer> lineWithToken(String text, int reported, String token) {
        String[] lines = text.split("\n", -1);
        for (int line : linesReportedAs(text, reported)) {
            if (line <= lines.length && lines[line - 1].replaceAll("\\s+", "").contains(token)) return Optional.of(line);
        }
        return Optional.empty();
    }

    /** The root template and every template it imports, includes or extends, transitively. */
    private static List<TemplateLocator.Source> reachable(TemplateLocator locator, TemplateLocator.Source root) {
        Set<String> seen = new LinkedHashSet<>(List.of(root.name()));
        List<TemplateLocator.Source> out = new ArrayList<>(List.of(root));
        Deque<TemplateLocator.Source> queue = new ArrayDeque<>(out);
        while (!queue.isEmpty()) {
            Matcher m = REFERENCE.matcher(queue.poll().text());
            while (m.find()) {
                if (seen.add(m.group(1))) {
                    locator.find(m.group(1)).ifPresent(s -> {
                        out.add(s);
                        queue.add(s);
                    });
                }
            }
        }
        return out;
    }
}
