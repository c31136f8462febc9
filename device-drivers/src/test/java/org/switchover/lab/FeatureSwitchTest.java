package org.switchover.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchover.lab.config.SwitchFeatures;
import org.switchover.netconf.Capabilities;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.EditConfig;
import org.switchover.netconf.NetconfSession;

/** A switch with capabilities switched off: base:1.0 framing only, no candidate, no confirmed commit, no modules. */
class FeatureSwitchTest extends LabTestSupport {

    @Override
    LabSpec spec(Path dir) {
        SwitchFeatures old = SwitchFeatures.all().without("base-1.1").without("candidate").without("startup").without("modules");
        return new LabSpec(dir, List.of(
                LabSpec.SwitchSpec.of("a", SwitchPlatform.OPENCONFIG, LabFixtures.MODEL, LabFixtures.ocSwitch("old-a"), LabFixtures.ADMIN)
                        .withFeatures(old),
                LabSpec.SwitchSpec.of("b", SwitchPlatform.OPENCONFIG, LabFixtures.MODEL, LabFixtures.ocSwitch("core-b"), LabFixtures.ADMIN)
                        .withFeatures(SwitchFeatures.all().without("confirmed-commit"))),
                List.of());
    }

    @Test
    void oldSwitchSpeaksBase10AndRefusesWhatItLacks() {
        NetconfSession s = open("a");
        Capabilities caps = s.serverCapabilities();
        assertThat(caps.base11()).isFalse();
        assertThat(caps.candidate()).isFalse();
        assertThat(caps.confirmedCommit()).isFalse();
        assertThat(caps.startup()).isFalse();
        assertThat(caps.hasModule("openconfig-interfaces")).isFalse();
        assertThat(caps.writableRunning()).isTrue();
        assertRpcError(() -> s.lock(Datastore.CANDIDATE), "operation-not-supported");
        assertRpcError(() -> s.getConfig(Datastore.STARTUP, Optional.empty()), "operation-not-supported");
        s.lock(Datastore.RUNNING);
        s.editConfig(EditConfig.of(Datastore.RUNNING, hostnamePayload("direct")).withErrorOption(EditConfig.ErrorOption.ROLLBACK_ON_ERROR));
        assertThat(runningHostname(s)).isEqualTo("direct");
        s.unlock(Datastore.RUNNING);
    }

    @Test
    void switchWithoutConfirmedCommitRefusesIt() {
        NetconfSession s = open("b");
        assertThat(s.serverCapabilities().confirmedCommit()).isFalse();
        assertThat(s.serverCapabilities().candidate()).isTrue();
        s.editConfig(EditConfig.of(Datastore.CANDIDATE, hostnamePayload("plain")));
        assertRpcError(() -> s.commitConfirmed(java.time.Duration.ofSeconds(60), Optional.empty()), "operation-not-supported");
        s.commit();
        assertThat(runningHostname(s)).isEqualTo("plain");
    }
}
