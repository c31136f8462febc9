package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.inventory.SiteLoader;
import org.switchover.lab.config.CommitRequest;
import org.switchover.lab.config.EditRequest;
import org.switchover.lab.config.XmlReader;
import org.switchover.netconf.Datastore;

/**
 * The branch site (an openconfig core, two Junos access switches) audited in the lab: clean as
 * rendered, then a description changed by hand on a Junos switch is exactly one drift finding at
 * its Junos path, while its state (ports, VLANs, LLDP from the Junos RPCs) checks clean.
 */
class JunosAuditIT {

    @Test
    void aBranchOfJunosSwitchesAuditsCleanAndAHandEditIsDriftAtItsJunosPath(@TempDir Path dir) throws Exception {
        try (AuditLab lab = AuditLab.start(SiteLoader.defaults().loadOrThrow(Path.of("../templates/sites/branch/site.yaml")), dir.resolve("lab"))) {
            AuditReport clean = AuditRunner.standard(Clock.systemUTC()).run(lab.site, AuditOptions.defaults());
            assertThat(clean.devices()).hasSize(3).allSatisfy(d -> assertThat(d.outcome()).as(d.device() + " " + d.findings())
                    .isEqualTo(AuditOutcome.CLEAN));

            var store = lab.lab.get("ex-2").store();
            store.editConfig(-1, EditRequest.merge(Datastore.CANDIDATE, XmlReader.parseConfig("<configuration xmlns=\"http://yang.juniper.net/"
                    + "junos-ex/conf/root\"><interfaces xmlns=\"http://yang.juniper.net/junos-ex/conf/interfaces\"><interface><name>ge-0/0/3"
                    + "</name><description>moved by hand</description></interface></interfaces></configuration>", "hand edit")));
            store.commit(-1, CommitRequest.plain());

            AuditReport drift = AuditRunner.standard(Clock.systemUTC()).run(lab.site, AuditOptions.defaults());
            AuditDeviceResult ex2 = drift.device("ex-2").orElseThrow();
            assertThat(ex2.outcome()).isEqualTo(AuditOutcome.DRIFT);
            assertThat(ex2.findings()).singleElement().satisfies(f -> {
                assertThat(f.path()).contains("/configuration/interfaces/interface[name=ge-0/0/3]/description");
                assertThat(f.actual()).isEqualTo("moved by hand");
                assertThat(f.expected()).isEqualTo("Office desk");
            });
            assertThat(drift.device("ex-1").map(AuditDeviceResult::outcome)).isEqualTo(Optional.of(AuditOutcome.CLEAN));
        }
    }
}
