package org.switchover.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.switchover.render.Renderer;
import picocli.CommandLine.Option;

/**
 * The {@code --templates DIR} option, the same for every command that renders: what an engineer
 * reviews with {@code render --templates} is what {@code plan}, {@code replace}, {@code audit} and
 * {@code lab up} compare with and push.
 */
final class TemplatesOption {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "templates here override the built-ins file by file (DIR/<platform>/<role>.xml.j2, macros)")
    Path dir;

    /** The renderer to use; a folder that does not exist is an error, never a silent fall-back to the built-ins. */
    Renderer renderer() {
        if (dir == null) return Renderer.builtIn();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--templates " + dir + ": no such folder; give the folder holding <platform>/<role>.xml.j2");
        }
        return Renderer.withOverrides(dir);
    }
}
