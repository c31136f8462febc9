package org.switchover.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.journal.Run;

/**
 * The site a journaled run was made against, read again from the file the run names. Pictures
 * and the service list need it; when the file is gone or no longer valid they do without.
 */
public final class RunSiteFile {

    private RunSiteFile() {}

    public static Optional<Site> load(Run run) {
        if (run.siteFile().isBlank()) return Optional.empty();
        Path file = Path.of(run.siteFile());
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return SiteLoader.defaults().load(file).toJavaOptional();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
