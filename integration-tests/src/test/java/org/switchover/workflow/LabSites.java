package org.switchover.workflow;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the example sites of this repository from wherever the tests run. */
public final class LabSites {

    private LabSites() {}

    public static Path site(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("templates").resolve("sites").resolve(name).resolve("site.yaml");
            if (Files.isRegularFile(candidate)) return candidate;
        }
        throw new IllegalStateException("no templates/sites/" + name + "/site.yaml above " + Path.of("").toAbsolutePath());
    }
}
