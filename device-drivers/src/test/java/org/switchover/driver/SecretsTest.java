package org.switchover.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchover.driver.ConfigDiff.ConfigChange;

class SecretsTest {

    @Test
    void secretLeavesAreKnownByTheirLastStepWhateverTheKeysHold() {
        assertThat(Secrets.isSecretLeaf("/system/aaa/authentication/users/user[username=ops]/config/password")).isTrue();
        assertThat(Secrets.isSecretLeaf("/system/authentication/user[name=ops]/sys:password")).isTrue();
        assertThat(Secrets.isSecretLeaf("/snmp/community[name=x]/config/community")).isTrue();
        assertThat(Secrets.isSecretLeaf("/interfaces/interface[name=password/1]/config/description")).isFalse();
        assertThat(Secrets.isSecretLeaf("/interfaces/interface[name=Ethernet1]/config/enabled")).isFalse();
    }

    @Test
    void textRedactionKeepsReferencesAndRemovesValues() {
        assertThat(Secrets.redact("password=hunter2, next")).isEqualTo("password=(redacted), next");
        assertThat(Secrets.redact("password: env:CORE_PASSWORD")).isEqualTo("password: env:CORE_PASSWORD");
        assertThat(Secrets.redact("hash $6$saltsalt$abcdefghijkl end")).isEqualTo("hash (redacted) end");
        assertThat(Secrets.redact("a -----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY----- b"))
                .isEqualTo("a (redacted) b");
        assertThat(Secrets.redact("<user><name>ops</name><password>plain</password></user>"))
                .isEqualTo("<user><name>ops</name><password>(redacted)</password></user>");
        assertThat(Secrets.redact("link core-1:Ethernet1 is down")).isEqualTo("link core-1:Ethernet1 is down");
        assertThat(Secrets.looksSecret("$1$abcdefgh$ijkl")).isTrue();
        assertThat(Secrets.looksSecret("nothing here")).isFalse();
    }

    @Test
    void aDiffKeepsItsPathsAndLosesItsSecrets() {
        ConfigDiff diff = new ConfigDiff(List.of(
                new ConfigChange("/system/aaa/authentication/users/user[username=ops]/config/password", "old", null),
                new ConfigChange("/system/aaa/authentication/users/user[username=x]", null, "<password-hashed>$6$saltsalt$abcdefghijkl</password-hashed>"),
                new ConfigChange("/interfaces/interface[name=Ethernet1]/config/description", "a", "b")));

        ConfigDiff safe = Secrets.redact(diff);

        assertThat(safe.changes()).extracting(ConfigChange::path).isEqualTo(diff.changes().stream().map(ConfigChange::path).toList());
        assertThat(safe.changes().get(0)).isEqualTo(new ConfigChange(diff.changes().get(0).path(), "(redacted)", null));
        assertThat(safe.render()).doesNotContain("$6$", "old").contains("description = b");
    }
}
