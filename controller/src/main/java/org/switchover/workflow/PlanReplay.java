package org.switchover.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.render.Renderer;

/**
 * Gets a saved or journaled plan ready to run again: the site it was planned from, and a refusal
 * naming what changed when the site file or the templates are no longer the ones it was planned
 * from. A saved plan needs the site file unchanged; a journaled one (resume) runs from the site
 * text it journaled, so that a site updated meanwhile (e.g. by {@code --update-site}) changes nothing.
 */
public final class PlanReplay {

    private PlanReplay() {}

    /** The site {@code saved} was planned from, after checking it may run; {@code what} names the plan in messages. */
    public static Site site(SavedPlan saved, SiteLoader loader, Renderer renderer, boolean journaled, String what) {
        Path file = Path.of(saved.siteFile());
        Optional<String> now = read(file);
        String text = journaled && saved.siteText() != null ? saved.siteText()
                : now.orElseThrow(() -> new IllegalArgumentException("cannot read the site file " + file + " that " + what + " was planned from"));
        var parsed = loader.parse(file, text);
        if (parsed.isInvalid()) throw new org.switchover.inventory.InvalidInventoryException(parsed.getError().asJava());
        Site site = parsed.get();
        List<String> changed = saved.changedSince(now, new TemplateGoldenConfigs(renderer).templateDigests(site), journaled);
        if (!changed.isEmpty()) {
            throw new PlanChangedException(what + " cannot run: " + String.join("; ", changed)
                    + " since it was planned; nothing was changed. " + (journaled
                            ? "A run made with --templates DIR resumes with the same --templates DIR"
                            : "Review a new plan with `switchover plan ... --out FILE`"));
        }
        return site;
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The site file or a template changed since a plan was made: it is refused, nothing changed. */
    public static final class PlanChangedException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        PlanChangedException(String message) {
            super(message);
        }
    }
}
