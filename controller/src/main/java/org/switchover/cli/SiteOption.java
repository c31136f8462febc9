package org.switchover.cli;

import java.nio.file.Path;
import org.switchover.inventory.Site;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code --site FILE} option: the inventory, loaded and checked as a whole. */
final class SiteOption {

    @Option(names = "--site", paramLabel = "FILE", required = true, description = "the site inventory (site.yaml)")
    Path file;

    @Mixin
    InlineSecretsOption secrets;

    /** The site; an invalid one throws {@link org.switchover.inventory.InvalidInventoryException} with every error. */
    Site load() {
        return secrets.loader().loadOrThrow(file);
    }
}
