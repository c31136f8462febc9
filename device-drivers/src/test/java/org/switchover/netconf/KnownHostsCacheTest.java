package org.switchover.netconf;

import static org.assertj.core.api.Assertions.assertThat;

import com.jcraft.jsch.HostKeyRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownHostsCacheTest {

    // two distinct ed25519 public keys (fixed, so the test needs no key generation)
    private static final String KEY_A = "AAAAC3NzaC1lZDI1NTE5AAAAIAGIaoI/9lHTi572GS4xQ5PCBJa4feZxFwxn5r0uU0Wk";
    private static final String KEY_B = "AAAAC3NzaC1lZDI1NTE5AAAAIDcmaox/1pFpmaqlD3+8p4FOh3/vYHbFcDf/sjYlW4mT";

    @TempDir
    Path dir;

    @Test
    void anUnchangedFileIsParsedOnce() throws Exception {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, "[127.0.0.1]:830 ssh-ed25519 " + KEY_A + "\n");
        HostKeyRepository first = KnownHostsCache.keys(file);
        assertThat(KnownHostsCache.keys(file)).isSameAs(first);
        assertThat(first.check("[127.0.0.1]:830", blob(KEY_A))).isEqualTo(HostKeyRepository.OK);
    }

    @Test
    void aFileChangedOnDiskIsReadAgain() throws Exception {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, "[127.0.0.1]:830 ssh-ed25519 " + KEY_A + "\n");
        HostKeyRepository first = KnownHostsCache.keys(file);
        // same size, other key: only the modification time tells
        Files.writeString(file, "[127.0.0.1]:830 ssh-ed25519 " + KEY_B + "\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        HostKeyRepository second = KnownHostsCache.keys(file);
        assertThat(second).isNotSameAs(first);
        assertThat(second.check("[127.0.0.1]:830", blob(KEY_A))).isEqualTo(HostKeyRepository.CHANGED);
        assertThat(second.check("[127.0.0.1]:830", blob(KEY_B))).isEqualTo(HostKeyRepository.OK);
    }

    @Test
    void aMissingFileKnowsNoKeysUntilItAppears() throws Exception {
        Path file = dir.resolve("absent");
        assertThat(KnownHostsCache.keys(file).check("[127.0.0.1]:830", blob(KEY_A))).isEqualTo(HostKeyRepository.NOT_INCLUDED);
        Files.writeString(file, "[127.0.0.1]:830 ssh-ed25519 " + KEY_A + "\n");
        assertThat(KnownHostsCache.keys(file).check("[127.0.0.1]:830", blob(KEY_A))).isEqualTo(HostKeyRepository.OK);
    }

    @Test
    void aKeyThisProcessAppendedIsKnownWithoutARead() throws Exception {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, "[127.0.0.1]:830 ssh-ed25519 " + KEY_A + "\n");
        HostKeyRepository first = KnownHostsCache.keys(file);
        long before = Files.size(file);
        byte[] line = ("[127.0.0.1]:831 ssh-ed25519 " + KEY_B + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(file, line, StandardOpenOption.APPEND);
        KnownHostsCache.appended(file, before, line.length, "[127.0.0.1]:831", blob(KEY_B));
        HostKeyRepository after = KnownHostsCache.keys(file);
        assertThat(after).isSameAs(first);
        assertThat(after.check("[127.0.0.1]:831", blob(KEY_B))).isEqualTo(HostKeyRepository.OK);
    }

    @Test
    void anAppendRacingAnotherWriterDropsTheKeptCopy() throws Exception {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, "[127.0.0.1]:830 ssh-ed25519 " + KEY_A + "\n");
        HostKeyRepository first = KnownHostsCache.keys(file);
        long before = Files.size(file);
        // someone else rewrote the file (now pinning B for :830) before our append landed
        Files.writeString(file, "[127.0.0.1]:830 ssh-ed25519 " + KEY_B + "\n[127.0.0.1]:831 ssh-ed25519 " + KEY_B + "\n");
        KnownHostsCache.appended(file, before, 10, "[127.0.0.1]:831", blob(KEY_B));
        HostKeyRepository after = KnownHostsCache.keys(file);
        assertThat(after).isNotSameAs(first);
        assertThat(after.check("[127.0.0.1]:830", blob(KEY_A))).isEqualTo(HostKeyRepository.CHANGED);
    }

    private static byte[] blob(String base64) {
        return Base64.getDecoder().decode(base64);
    }
}
