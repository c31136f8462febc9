package org.switchover.cli;

import org.switchover.inventory.SiteLoader;
import picocli.CommandLine.Option;

/** The {@code --allow-inline-secrets} option, for every command that loads a site file. */
final class InlineSecretsOption {

    @Option(names = "--allow-inline-secrets", description = "accept passwords written in the site file (they are never printed)")
    boolean allowInlineSecrets;

    /** The loader this choice asks for. */
    SiteLoader loader() {
        return allowInlineSecrets ? SiteLoader.allowingInlineSecrets() : SiteLoader.defaults();
    }
}
