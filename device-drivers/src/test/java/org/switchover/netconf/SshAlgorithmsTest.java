package org.switchover.netconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The SSH algorithms the client offers: nothing on SHA-1 or CBC, and never an empty list. */
class SshAlgorithmsTest {

    @Test
    void noSha1NorCbcIsOffered() {
        for (String list : List.of(SshTransport.CLASSIC_KEX, SshTransport.CIPHERS, SshTransport.MACS, SshTransport.HOST_KEYS)) {
            assertThat(List.of(list.split(","))).isNotEmpty().allSatisfy(a -> {
                assertThat(a).doesNotContain("sha1").doesNotContain("cbc").isNotIn("ssh-rsa", "ssh-dss", "");
            });
        }
    }

    @Test
    void jschDefaultsOfferSha1MacsThatAreDropped() {
        // JSch's own MAC list carries hmac-sha1: the filter is doing work, not restating defaults
        assertThat(com.jcraft.jsch.JSch.getConfig("mac.c2s")).contains("hmac-sha1");
        assertThat(SshTransport.MACS).startsWith("hmac-sha2-256-etm@openssh.com");
        assertThat(SshTransport.CIPHERS).startsWith("aes128-gcm@openssh.com");
        assertThat(SshTransport.CLASSIC_KEX).startsWith("curve25519-sha256").doesNotContain("mlkem");
    }
}
