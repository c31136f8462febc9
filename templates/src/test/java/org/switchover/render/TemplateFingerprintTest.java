package org.switchover.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void theSameTemplatesGiveTheSameFingerprint() {
        assertThat(Renderer.builtIn().fingerprint()).hasSize(64).isEqualTo(Renderer.builtIn().fingerprint());
    }

    @Test
    void anyChangeToTheUsersTemplatesChangesIt() throws Exception {
        Files.createDirectories(dir.resolve("openconfig"));
        Files.writeString(dir.resolve("openconfig/access.xml.j2"), "{# owns: urn:x a #}<a/>");
        String first = Renderer.withOverrides(dir).fingerprint();
        assertThat(first).isNotEqualTo(Renderer.builtIn().fingerprint());
        Files.writeString(dir.resolve("openconfig/access.xml.j2"), "{# owns: urn:x a #}<a>1</a>");
        assertThat(Renderer.withOverrides(dir).fingerprint()).isNotEqualTo(first);
    }
}
