package org.switchover.report;

import java.util.List;
import org.switchover.report.Document.Block;
import org.switchover.report.Document.Bullets;
import org.switchover.report.Document.Figure;
import org.switchover.report.Document.Heading;
import org.switchover.report.Document.Paragraph;
import org.switchover.report.Document.Preformatted;
import org.switchover.report.Document.Table;

/** Renders a {@link Document} as GitHub-flavoured Markdown; figures are links to their SVG files, written beside it. */
public final class Markdown {

    private Markdown() {}

    public static String render(Document doc) {
        StringBuilder out = new StringBuilder("# ").append(inline(doc.title())).append("\n");
        for (Block block : doc.blocks()) {
            out.append('\n');
            if (block instanceof Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append('\n');
            } else if (block instanceof Paragraph p) {
                out.append(inline(p.text())).append('\n');
            } else if (block instanceof Bullets b) {
                b.items().forEach(i -> out.append("- ").append(inline(i)).append('\n'));
            } else if (block instanceof Table t) {
                table(t, out);
            } else if (block instanceof Figure f) {
                out.append("![").append(inline(f.caption()).replace("]", ")")).append("](").append(f.fileName()).append(")\n");
            } else if (block instanceof Preformatted p) {
                out.append("```\n").append(p.text().replace("```", "` ` `"))
                        .append(p.text().endsWith("\n") ? "" : "\n").append("```\n");
            }
        }
        return out.toString();
    }

    private static void table(Table t, StringBuilder out) {
        row(t.headers(), out);
        out.append('|').append(" --- |".repeat(t.headers().size())).append('\n');
        t.rows().forEach(r -> row(r, out));
    }

    private static void row(List<String> cells, StringBuilder out) {
        out.append('|');
        cells.forEach(c -> out.append(' ').append(inline(c).replace("|", "\\|")).append(" |"));
        out.append('\n');
    }

    // device names and messages must not turn into markup or break a line-based structure
    private static String inline(String text) {
        return text.replace("\r", "").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;");
    }
}
