package org.switchover.lab.config;

import java.util.List;
import java.util.Map;

/** Writes {@link XmlNode} trees as XML text, declaring a namespace only where it changes. */
public final class XmlWriter {
    private XmlWriter() {}

    public static String write(XmlNode node) {
        StringBuilder out = new StringBuilder();
        write(node, "", out);
        return out.toString();
    }

    /** Writes {@code nodes} one after another, each declaring its namespace. */
    public static String writeAll(List<XmlNode> nodes) {
        StringBuilder out = new StringBuilder();
        for (XmlNode n : nodes) write(n, "", out);
        return out.toString();
    }

    static void write(XmlNode node, String parentNs, StringBuilder out) {
        out.append('<').append(node.name());
        if (!node.namespace().equals(parentNs)) {
            out.append(" xmlns=\"").append(escape(node.namespace())).append('"');
        }
        for (Map.Entry<String, String> p : node.valuePrefixes().entrySet()) {
            out.append(" xmlns:").append(p.getKey()).append("=\"").append(escape(p.getValue())).append('"');
        }
        if (node.children().isEmpty()) {
            if (node.text().isEmpty()) {
                out.append("/>");
            } else {
                out.append('>').append(escape(node.text())).append("</").append(node.name()).append('>');
            }
            return;
        }
        out.append('>');
        for (XmlNode c : node.children()) write(c, node.namespace(), out);
        out.append("</").append(node.name()).append('>');
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
