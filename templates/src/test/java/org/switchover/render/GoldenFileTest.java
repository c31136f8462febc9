package org.switchover.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;

/**
 * The built-in templates' exact output for each role and platform, against files a reviewer can
 * read. After an intended template change, regenerate with {@code -Dswitchover.golden.update=true}
 * and review the diff.
 */
class GoldenFileTest {

    static final Path DIR = Path.of("src/test/resources/golden");
    static final Site SITE = SiteLoader.defaults().loadOrThrow(DIR.resolve("site.yaml"));

    @ParameterizedTest(name = "{0} staged={1}")
    @CsvSource({
        "core-oc, false", "core-ietf, false", "dist-oc, false", "dist-ietf, false", "acc-oc, false", "acc-ietf, false",
        "acc-oc, true", "acc-ietf, true"})
    void rendersExactlyTheGoldenFile(String device, boolean staged) throws IOException {
        RenderedConfig c = Renderer.builtIn().render(SITE, SITE.device(device), staged);
        Path golden = DIR.resolve(device + (staged ? "-staged" : "") + ".xml");
        if (Boolean.getBoolean("switchover.golden.update")) {
            Files.writeString(golden, c.xml(), StandardCharsets.UTF_8);
        }
        assertThat(c.xml()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(c.staged()).isEqualTo(staged);
    }
}
