package org.switchover.report;

import java.util.List;
import org.switchover.report.Document.Block;
import org.switchover.report.Document.Bullets;
import org.switchover.report.Document.Figure;
import org.switchover.report.Document.Heading;
import org.switchover.report.Document.Paragraph;
import org.switchover.report.Document.Preformatted;
import org.switchover.report.Document.Table;

/** Renders a {@link Document} as one self-contained HTML page: inline style, no scripts, no links out. */
public final class Html {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;\
            padding:0 1rem;color:#222;line-height:1.45}
            h1{font-size:1.6rem;border-bottom:2px solid #444;padding-bottom:.3rem}
            h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.92rem}
            th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f1f1f1}
            tr:nth-child(even) td{background:#fafafa}
            pre{background:#f6f6f6;border:1px solid #ddd;padding:.6rem;overflow-x:auto;font-size:.85rem}
            figure{margin:1rem 0}
            figure svg{width:100%;height:auto;border:1px solid #ddd}
            figcaption{font-size:.9rem;color:#444;margin-top:.3rem}
            @media print{figure{break-inside:avoid}}
            """;

    private Html() {}

    public static String render(Document doc) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(doc.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(doc.title())).append("</h1>\n");
        for (Block block : doc.blocks()) {
            if (block instanceof Heading h) {
                out.append("<h").append(h.level()).append('>').append(escape(h.text()))
                        .append("</h").append(h.level()).append(">\n");
            } else if (block instanceof Paragraph p) {
                out.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof Bullets b) {
                out.append("<ul>\n");
                b.items().forEach(i -> out.append("<li>").append(escape(i)).append("</li>\n"));
                out.append("</ul>\n");
            } else if (block instanceof Table t) {
                table(t, out);
            } else if (block instanceof Preformatted p) {
                out.append("<pre>").append(escape(p.text())).append("</pre>\n");
            } else if (block instanceof Figure f) {
                // our own SVG, its text already escaped: inline, so the page needs no other file (HTML
                // places inline SVG in its namespace by itself, so the page names no address at all)
                out.append("<figure>\n").append(f.svg().replaceFirst(" xmlns=\"http://www.w3.org/2000/svg\"", "")).append("\n<figcaption>").append(escape(f.caption()))
                        .append("</figcaption>\n</figure>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void table(Table t, StringBuilder out) {
        out.append("<table>\n<thead><tr>");
        t.headers().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            out.append("<tr>");
            row.forEach(c -> out.append("<td>").append(escape(c)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
