package org.switchover.workflow;

import org.switchover.driver.ConfigPayload;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.render.RenderedConfig;
import org.switchover.render.Renderer;

/**
 * {@link GoldenConfigs} from the site's Jinja templates. The device given may be a variant of the
 * inventory's (the staged intent); it renders as given.
 */
public final class TemplateGoldenConfigs implements GoldenConfigs {

    private final Renderer renderer;
    private final Site site;
    // rendering is the slow part of a small run; a device's intent renders the same every time
    private final java.util.Map<Device, ConfigPayload> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    public TemplateGoldenConfigs(Renderer renderer, Site site) {
        this.renderer = renderer;
        this.site = site;
    }

    @Override
    public ConfigPayload render(Device device) {
        ConfigPayload p = rendered.get(device);
        if (p == null) {
            synchronized (renderer) {
                p = payload(renderer.render(site, device, false));
            }
            rendered.put(device, p);
        }
        return p;
    }

    @Override
    public java.util.SortedMap<String, String> templateDigests() {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        site.devices().values().stream().map(Renderer::templateName).distinct()
                .forEach(name -> renderer.templateSources(name).forEach((n, text) -> out.put(n, SavedPlan.sha256(text))));
        return out;
    }

    public static ConfigPayload payload(RenderedConfig rendered) {
        return new ConfigPayload(rendered.device(), rendered.xml(), rendered.ownedSubtrees().stream()
                .map(s -> new ConfigPayload.Subtree(s.namespace(), s.name())).toList());
    }
}
