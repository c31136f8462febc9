package org.switchover.workflow.crash;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.switchover.demo.DemoLab;
import org.switchover.inventory.Platform;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.journal.RunKind;
import org.switchover.workflow.LabSites;
import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.NetconfDeviceAccess;

/**
 * The city's IOS-XE distribution switch dist-2 replaced: a spare without candidate datastore, so
 * its pushes go to running under the emulated confirmed commit, while its eight neighbours (cores
 * and access switches) hold native confirmed commits with persist.
 */
record CityReplacement(String failed) implements CrashScenario {

    static CityReplacement dist2() {
        return new CityReplacement("dist-2");
    }

    String spare() {
        return "spare-" + failed;
    }

    @Override
    public String name() {
        return "replace " + failed;
    }

    @Override
    public DemoLab start(Path dir) throws IOException {
        Path city = LabSites.site("city");
        Site original = SiteLoader.defaults().loadOrThrow(city);
        Platform platform = original.device(failed).platform();
        DemoLab lab = DemoLab.start(city, dir, List.of(new DemoLab.Spare(spare(), original.device(failed).model(), platform)));
        try {
            lab.powerOff(failed);
            lab.shutPortsFacing(List.of(failed), access());
            lab.rack(spare(), failed);
            return lab;
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    @Override
    public List<String> command(DemoLab lab, Path journal) {
        return List.of("replace", "--site", lab.siteFile().toString(), "--replace", failed + "=" + lab.address(spare()),
                "--yes", "--quiet", "--journal", journal.toString(), "--confirm-timeout", "60s");
    }

    @Override
    public RunKind kind() {
        return RunKind.REPLACE;
    }

    static NetconfDeviceAccess access() {
        return new NetconfDeviceAccess(CredentialResolver.system(), Duration.ofSeconds(10), Duration.ofSeconds(30), Clock.systemUTC());
    }
}
