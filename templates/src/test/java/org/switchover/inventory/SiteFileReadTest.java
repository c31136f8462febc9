package org.switchover.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFileReadTest {

    @TempDir
    Path dir;

    private String error(Path file) {
        return SiteLoader.defaults().load(file).getError().head().toString();
    }

    @Test
    void aMissingFileADirectoryAndBinaryDataAreSaidInWords() throws Exception {
        Path binary = dir.resolve("site.bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0x80});

        assertThat(error(dir.resolve("missing.yaml"))).contains("missing.yaml").contains("no such file").doesNotContain("Exception");
        assertThat(error(dir)).contains("is a directory").doesNotContain("IOException");
        assertThat(error(binary)).contains("not UTF-8 text").doesNotContain("Exception");
    }
}
