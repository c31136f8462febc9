package org.switchover.render;

import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.TemplateError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;

/**
 * Renders each device's golden configuration from {@code <platform>/<role>.xml.j2} with Jinjava in
 * strict mode: an undefined variable, unknown filter or missing template fails with the template
 * file and line. Pure: site in, payloads out.
 */
public final class Renderer {

    private static final Pattern IN_TEMPLATE = Pattern.compile("Error in `([^`]+)` on line (\\d+)");
    private static final Pattern OWNS = Pattern.compile("\\{#-?\\s*owns:\\s*(\\S+)\\s+(\\S+)\\s*-?#}");

    private final TemplateLocator locator;
    private static final java.util.regex.Pattern REFERENCED =
            java.util.regex.Pattern.compile("\\{%-?\\s*(?:include|import|from)\\s+[\"']([^\"']+)[\"']");
    private final TemplateEngine engine;
    private final Optional<Path> userTemplates;
    private volatile String fingerprint;

    private Renderer(Optional<Path> userTemplates) {
        this.locator = new TemplateLocator(userTemplates);
        this.engine = new TemplateEngine(locator);
        this.userTemplates = userTemplates;
    }

    /**
     * A digest of what this renderer reads besides the site (its templates and its own build): two
     * renders of equal sites under equal fingerprints are equal. Worked out once.
     */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) fingerprint = f = TemplateFingerprint.of(userTemplates);
        return f;
    }

    /** A renderer using only the built-in templates. */
    public static Renderer builtIn() {
        return new Renderer(Optional.empty());
    }

    /** A renderer where files in {@code dir} (same relative names) override the built-ins. */
    public static Renderer withOverrides(Path dir) {
        return new Renderer(Optional.of(dir));
    }

    /** The template a device renders from, for example {@code openconfig/access.xml.j2}. */
    public static String templateName(Device device) {
        return device.platform().id() + "/" + device.role().id() + ".xml.j2";
    }

    /**
     * The text of template {@code name} and of every template it includes or imports, by name, as
     * this renderer would use them (an override wins over the built-in); what a saved plan digests.
     */
    public java.util.SortedMap<String, String> templateSources(String name) {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(name));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (out.containsKey(next)) continue;
            locator.find(next).ifPresent(source -> {
                out.put(next, source.text());
                Matcher m = REFERENCED.matcher(source.text());
                while (m.find()) todo.push(m.group(1));
            });
        }
        return out;
    }

    /** Every device of the site, in file order; devices render in parallel (the renderer is thread-safe). */
    public List<RenderedConfig> renderAll(Site site, boolean staged) {
        return site.devices().values().parallelStream().map(d -> render(site, d, staged)).toList();
    }

    public RenderedConfig render(Site site, Device device, boolean staged) {
        String name = templateName(device);
        TemplateLocator.Source source = locator.find(name).orElseThrow(() ->
                new RenderException(device.name(), name, 0, "no template for role " + device.role().id()
                        + " on platform " + device.platform().id()));
        List<OwnedSubtree> owned = owns(source);
        if (owned.isEmpty()) {
            throw new RenderException(device.name(), source.origin(), 1,
                    "the template declares no owned subtree; add a line {# owns: NAMESPACE ELEMENT #} per top-level element");
        }
        TemplateEngine.Output result = engine.render(source, RenderContext.of(site, device, staged));
        Optional<TemplateError> error = result.errors().stream()
                .filter(e -> e.getSeverity() == TemplateError.ErrorType.FATAL || e.getReason() == TemplateError.ErrorReason.UNKNOWN)
                .findFirst();
        if (error.isPresent()) {
            TemplateError e = error.get();
            // an error inside a macro arrives wrapped: "Error in `file` on line N: ...", the cause names the expression
            Matcher in = IN_TEMPLATE.matcher(String.valueOf(e.getMessage()));
            boolean nested = in.find();
            TemplateLocator.Source where = nested ? locator.find(in.group(1)).orElse(source) : source;
            int reported = nested ? Integer.parseInt(in.group(2)) : Math.max(1, e.getLineno());
            String detail = innermostMessage(e);
            TemplateErrorLocation.At at = TemplateErrorLocation.locate(locator, where, reported, detail);
            throw new RenderException(device.name(), at.template(), at.line(), detail);
        }
        String xml = result.text();
        PayloadCheck.problem(xml, owned).ifPresent(p -> {
            throw new RenderException(device.name(), source.origin(), 0, p);
        });
        return new RenderedConfig(device.name(), xml, owned, staged);
    }

    private static String innermostMessage(TemplateError e) {
        String message = e.getMessage();
        for (Throwable t = e.getException(); t != null; t = t.getCause()) {
            if (t instanceof InterpretException && t.getMessage() != null) message = t.getMessage();
        }
        return message;
    }

    private static List<OwnedSubtree> owns(TemplateLocator.Source source) {
        List<OwnedSubtree> owned = new ArrayList<>();
        Matcher m = OWNS.matcher(source.text());
        while (m.find()) owned.add(new OwnedSubtree(m.group(1), m.group(2)));
        return owned;
    }
}
