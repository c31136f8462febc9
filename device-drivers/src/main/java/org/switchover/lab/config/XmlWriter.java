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

    /** Appends {@code node} to {@code out}, declaring its namespace, as {@link #write(XmlNode)} would return it. */
    public static void write(XmlNode node, StringBuilder out) {
        write(node, "", out);
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
            out.append(" xmlns=\"");
            escape(node.namespace(), out);
            out.append('"');
        }
        if (!node.valuePrefixes().isEmpty()) {
            for (Map.Entry<String, String> p : node.valuePrefixes().entrySet()) {
                out.append(" xmlns:").append(p.getKey()).append("=\"");
                escape(p.getValue(), out);
                out.append('"');
            }
        }
        if (node.children().isEmpty()) {
            if (node.text().isEmpty()) {
                out.append("/>");
            } else {
                out.append('>');
                escape(node.text(), out);
                out.append("</").append(node.name()).append('>');
            }
            return;
        }
        out.append('>');
        for (XmlNode c : node.children()) write(c, node.namespace(), out);
        out.append("</").append(node.name()).append('>');
    }

    public static String escape(String s) {
        if (plain(s)) return s;
        StringBuilder b = new StringBuilder(s.length() + 16);
        escape(s, b);
        return b.toString();
    }

    private static void escape(String s, StringBuilder out) {
        // most names, namespaces and values need no escaping: append them whole
        if (plain(s)) {
            out.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '"') return false;
        }
        return true;
    }
}
