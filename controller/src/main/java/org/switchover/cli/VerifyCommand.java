package org.switchover.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.switchover.inventory.Site;
import org.switchover.verify.CheckScope;
import org.switchover.verify.Finding;
import org.switchover.verify.ObservedState;
import org.switchover.verify.Verifier;
import org.switchover.workflow.access.CredentialResolver;
import org.switchover.workflow.access.DriverPool;
import org.switchover.workflow.access.NetconfDeviceAccess;
import org.switchover.workflow.Observer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code switchover verify}: the checks alone, against the devices as they are. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks links up, LLDP neighbours as cabled, VLAN membership and service reachability; prints findings.")
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    SiteOption site;

    @Option(names = "--device", paramLabel = "D", description = "check only these devices' ports and cables (repeatable)")
    List<String> devices;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Site s = site.load();
            Set<String> selected = new LinkedHashSet<>(devices == null ? s.devices().keySet() : devices);
            selected.forEach(s::device);
            var access = new NetconfDeviceAccess(CredentialResolver.system(), Duration.ofSeconds(5), Duration.ofSeconds(60), Clock.systemUTC());
            ObservedState observed;
            try (DriverPool pool = new DriverPool(s, access)) {
                observed = new Observer(pool).observe(s.devices().keySet());
            }
            Set<String> absent = new LinkedHashSet<>(s.devices().keySet());
            absent.removeAll(observed.devices().keySet());
            CheckScope scope = CheckScope.forDevices(s, selected, absent);
            List<Finding> findings = Verifier.verify(s, observed, scope);
            findings.forEach(f -> out.println(f.severity() + " " + f.where() + ": " + f.message()));
            out.println(observed.devices().size() + " of " + s.devices().size() + " devices answered; "
                    + findings.stream().filter(Finding::isError).count() + " errors, "
                    + findings.stream().filter(f -> !f.isError()).count() + " warnings");
            if (Verifier.passed(findings)) return Main.OK;
            boolean onlyUnreachable = findings.stream().filter(Finding::isError)
                    .allMatch(f -> f.kind() == Finding.Kind.DEVICE_UNREACHABLE);
            return onlyUnreachable ? Main.DEVICE_ERROR : Main.CHECKS_FAILED;
        } catch (RuntimeException e) {
            return Failures.report(e, spec.commandLine().getErr());
        }
    }
}
