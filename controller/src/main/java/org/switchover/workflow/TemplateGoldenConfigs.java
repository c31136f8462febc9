package org.switchover.workflow;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.switchover.driver.ConfigPayload;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.render.RenderedConfig;
import org.switchover.render.Renderer;

/**
 * {@link GoldenConfigs} from the Jinja templates of a {@link Renderer}. The device given may be a
 * variant of the inventory's (the staged intent); it renders as given. Renders of the latest site
 * are kept in memory, since a device's intent renders the same every time; the renderer is
 * thread-safe, so devices render in parallel.
 */
public final class TemplateGoldenConfigs implements GoldenConfigs {

    private final Renderer renderer;
    private volatile Rendered latest = new Rendered(null, new ConcurrentHashMap<>());

    /** The payloads rendered for one site object, by device. */
    private record Rendered(Site site, Map<Device, ConfigPayload> payloads) {}

    public TemplateGoldenConfigs(Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public ConfigPayload render(Site site, Device device) {
        Map<Device, ConfigPayload> kept = keptFor(site);
        ConfigPayload p = kept.get(device);
        if (p == null) {
            p = payload(renderer.render(site, device, false));
            kept.put(device, p);
        }
        return p;
    }

    private Map<Device, ConfigPayload> keptFor(Site site) {
        Rendered r = latest;
        if (r.site() == site) return r.payloads();
        synchronized (this) {
            if (latest.site() != site) latest = new Rendered(site, new ConcurrentHashMap<>());
            return latest.payloads();
        }
    }

    @Override
    public SortedMap<String, String> templateDigests(Site site) {
        SortedMap<String, String> out = new TreeMap<>();
        site.devices().values().stream().map(Renderer::templateName).distinct()
                .forEach(name -> renderer.templateSources(name).forEach((n, text) -> out.put(n, SavedPlan.sha256(text))));
        return out;
    }

    public static ConfigPayload payload(RenderedConfig rendered) {
        return new ConfigPayload(rendered.device(), rendered.xml(), rendered.ownedSubtrees().stream()
                .map(s -> new ConfigPayload.Subtree(s.namespace(), s.name())).toList());
    }
}
