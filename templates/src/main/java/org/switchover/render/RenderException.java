package org.switchover.render;

/**
 * A template could not produce a valid payload: an undefined variable, an unknown filter, a
 * missing template or XML that is not well-formed. Names the template file and line to fix.
 */
public final class RenderException extends RuntimeException {

    private final String device;
    private final String template;
    private final int line;

    public RenderException(String device, String template, int line, String message) {
        super(template + (line > 0 ? ":" + line : "") + ": " + message + " (rendering " + device + ")");
        this.device = device;
        this.template = template;
        this.line = line;
    }

    public String device() {
        return device;
    }

    /** The template's name, or its file when it came from a user template folder. */
    public String template() {
        return template;
    }

    /** 1-based line in the template, 0 when unknown. */
    public int line() {
        return line;
    }
}
