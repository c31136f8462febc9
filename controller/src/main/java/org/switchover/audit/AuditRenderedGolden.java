package org.switchover.audit;

import org.switchover.workflow.TemplateGoldenConfigs;

import org.switchover.driver.ConfigPayload;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.render.Renderer;

/** Golden configurations from the site's templates (the final, not the staged, variant). */
public final class AuditRenderedGolden implements AuditGoldenSource {

    private final Renderer renderer;

    public AuditRenderedGolden(Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public ConfigPayload golden(Site site, Device device) {
        return TemplateGoldenConfigs.payload(renderer.render(site, device, false));
    }
}
