package org.switchover.report;

import java.util.Locale;

/**
 * A small writer of SVG markup: numbers in a fixed format, text always escaped, so pictures built
 * from device and service names can never carry markup of their own.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg(double width, double height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">\n<title>")
                .append(HtmlText.escape(title)).append("</title>\n<desc>").append(HtmlText.escape(description))
                .append("</desc>\n");
    }

    /** Raw markup of our own (pattern definitions); never pass names or messages here. */
    Svg raw(String markup) {
        out.append(markup).append('\n');
        return this;
    }

    Svg rect(double x, double y, double w, double h, String attributes) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" ").append(attributes).append("/>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String attributes) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" ").append(attributes).append("/>\n");
        return this;
    }

    /** Text at a point; {@code anchor} is start, middle or end. */
    Svg text(double x, double y, String anchor, String attributes, String text) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" ").append(attributes).append('>').append(HtmlText.escape(text)).append("</text>\n");
        return this;
    }

    /** Opens a group with a CSS class and a data attribute naming what it shows (tests and scripts find it by that). */
    Svg group(String cssClass, String dataName, String dataValue) {
        out.append("<g class=\"").append(cssClass).append("\" data-").append(dataName).append("=\"")
                .append(HtmlText.escape(dataValue)).append("\">\n");
        return this;
    }

    Svg end() {
        out.append("</g>\n");
        return this;
    }

    String done() {
        return out.append("</svg>").toString();
    }

    static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
