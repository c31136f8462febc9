package org.switchover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.inventory.SiteLoader;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void theCitySiteShipsInTheJarSoTheDemoRunsFromAnyFolder() throws Exception {
        Path written = DemoCommand.bundledCity(dir);

        assertThat(written).startsWith(dir);
        assertThat(Files.readString(written)).isEqualTo(Files.readString(RenderCommandTest.CITY));
        assertThat(SiteLoader.defaults().loadOrThrow(written).devices()).isNotEmpty();
    }
}
