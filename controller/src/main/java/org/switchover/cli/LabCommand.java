package org.switchover.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.switchover.inventory.InvalidInventoryException;
import org.switchover.inventory.Site;
import org.switchover.lab.Lab;
import org.switchover.lab.LabControl;
import org.switchover.lab.LabSpec;
import org.switchover.lab.SimulatedSwitch;
import org.switchover.render.RenderException;
import org.switchover.demo.LabSecrets;
import org.switchover.demo.LabSiteFile;
import org.switchover.demo.SiteLab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code switchover lab}: runs the lab of simulated switches for a site ({@code lab up}) and
 * injects faults into a running lab from another terminal through the control file in its
 * directory ({@code lab power-off core-1}, {@code lab unplug core-1:eth1}, ...).
 */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = "Runs simulated switches for a site and injects faults into them.",
        subcommands = {LabCommand.Up.class, LabCommand.Status.class, LabCommand.PowerOff.class, LabCommand.PowerOn.class,
                LabCommand.Unplug.class, LabCommand.Plug.class, LabCommand.Move.class, LabCommand.Rack.class, LabCommand.FailPort.class,
                LabCommand.RepairPort.class, LabCommand.Delay.class, LabCommand.DropAfter.class, LabCommand.RejectCommit.class,
                LabCommand.HoldLock.class, LabCommand.ReleaseLocks.class})
final class LabCommand implements Runnable {
    static final String DEFAULT_DIR = "${sys:user.home}/.switchover/lab";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code lab up --site FILE}: runs in the foreground until Ctrl-C. */
    @Command(name = "up", mixinStandardHelpOptions = true,
            description = "Starts one simulated switch per device of the site (plus factory-default spares) on 127.0.0.1 and waits; Ctrl-C stops it.")
    static final class Up implements Callable<Integer> {
        @Option(names = "--site", required = true, paramLabel = "FILE", description = "the site inventory (site.yaml)")
        Path site;

        @Option(names = "--dir", defaultValue = DEFAULT_DIR, paramLabel = "DIR",
                description = "lab directory: host keys, known_hosts, control file (default: ${DEFAULT-VALUE})")
        Path dir;

        @Option(names = "--spares", defaultValue = "1", paramLabel = "N",
                description = "factory-default spares per hardware model and platform (default: ${DEFAULT-VALUE})")
        int spares;

        @Option(names = "--free-ports", description = "ignore the site's management ports and pick free ones")
        boolean freePorts;

        @picocli.CommandLine.Mixin
        InlineSecretsOption secrets;

        @picocli.CommandLine.Mixin
        TemplatesOption templates;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            // SSHD logs every connection at INFO; the lab's own output says what matters
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.sshd", "error");
            System.setProperty("org.slf4j.simpleLogger.log.org.switchover.lab", "warn");
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Site loaded;
            LabSpec labSpec;
            try {
                loaded = secrets.loader().loadOrThrow(site);
                labSpec = SiteLab.spec(loaded, templates.renderer(), dir, LabSecrets.fromEnvironment(), spares, freePorts);
            } catch (InvalidInventoryException | RenderException | IllegalArgumentException e) {
                err.println(e.getMessage());
                return Main.BAD_INPUT;
            }
            Lab lab;
            try {
                lab = Lab.start(labSpec);
            } catch (IOException e) {
                err.println("cannot start the lab for " + site + ": " + e.getMessage()
                        + " (is another lab already using these ports? try --free-ports)");
                return Main.DEVICE_ERROR;
            }
            LabControl control = LabControl.start(lab);
            SiteLab.publishKnownHosts(lab, loaded);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                control.close();
                lab.close();
                out.println("lab stopped");
                out.flush();
                stopped.countDown();
            }, "lab-shutdown"));
            printAddresses(out, lab, labSpec);
            if (freePorts) out.println(siteCopy(loaded, lab));
            out.println("known_hosts: " + lab.knownHosts() + " (also merged into the site's known_hosts files)");
            out.println("control:     " + control.file() + "  (switchover lab status | power-off SW | unplug SW:PORT | ...)");
            out.println("Ctrl-C stops the lab.");
            out.flush();
            stopped.await();
            return Main.OK;
        }

        /**
         * With ports of its own choosing the lab is reached through a copy of the site file that
         * names them, written beside the original so its relative paths still hold.
         */
        private String siteCopy(Site loaded, Lab lab) {
            String name = site.getFileName().toString().replaceFirst("\\.ya?ml$", "") + ".lab.yaml";
            Path copy = site.toAbsolutePath().resolveSibling(name);
            try {
                Files.write(copy, LabSiteFile.withLabAddresses(Files.readAllLines(site, StandardCharsets.UTF_8), lab,
                        loaded.devices().keySet()), StandardCharsets.UTF_8);
                return "site:        " + copy + "  (the site with these ports: use it as --site to rehearse against the lab)";
            } catch (IOException e) {
                return "site:        could not write " + copy + " (" + e.getMessage() + "); use the addresses above";
            }
        }

        private static void printAddresses(PrintWriter out, Lab lab, LabSpec labSpec) {
            out.printf("lab for %d switches and %d cables in %s%n", lab.switches().size(), lab.topology().cables().size(), lab.directory());
            for (LabSpec.SwitchSpec s : labSpec.switches()) {
                SimulatedSwitch sw = lab.get(s.name());
                out.printf("%-28s %-10s %-10s 127.0.0.1:%-6d serial %s%s%n", s.name(), s.platform().id(), s.model().name(),
                        sw.port(), s.serial(), s.spare() ? "  (spare, factory default)" : "");
            }
        }
    }

    /** The parts every fault command shares: the lab directory and sending one command line. */
    abstract static class Fault implements Callable<Integer> {
        @Option(names = "--dir", defaultValue = DEFAULT_DIR, paramLabel = "DIR", description = "lab directory (default: ${DEFAULT-VALUE})")
        Path dir;

        @Spec
        CommandSpec spec;

        abstract List<String> words();

        @Override
        public Integer call() {
            try {
                String answer = LabControl.send(dir, String.join(" ", words()));
                if (answer.startsWith("ok")) {
                    spec.commandLine().getOut().println(answer.substring(Math.min(3, answer.length())));
                    spec.commandLine().getOut().flush();
                    return Main.OK;
                }
                spec.commandLine().getErr().println(answer.startsWith("error ") ? answer.substring(6) : answer);
                return Main.BAD_INPUT;
            } catch (IOException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return Main.DEVICE_ERROR;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Lists the switches (address, power, sessions) and cables of the running lab.")
    static final class Status extends Fault {
        @Override
        List<String> words() {
            return List.of("status");
        }
    }

    @Command(name = "power-off", mixinStandardHelpOptions = true, description = "Cuts a switch's power: its sessions drop, its links go down.")
    static final class PowerOff extends Fault {
        @Parameters(paramLabel = "SWITCH") String name;

        @Override
        List<String> words() {
            return List.of("power-off", name);
        }
    }

    @Command(name = "power-on", mixinStandardHelpOptions = true, description = "Powers a switch on; it boots from its startup configuration.")
    static final class PowerOn extends Fault {
        @Parameters(paramLabel = "SWITCH") String name;

        @Override
        List<String> words() {
            return List.of("power-on", name);
        }
    }

    @Command(name = "unplug", mixinStandardHelpOptions = true, description = "Unplugs the cable at SWITCH:PORT.")
    static final class Unplug extends Fault {
        @Parameters(paramLabel = "SWITCH:PORT") String end;

        @Override
        List<String> words() {
            return List.of("unplug", end);
        }
    }

    @Command(name = "plug", mixinStandardHelpOptions = true, description = "Cables two free ports together.")
    static final class Plug extends Fault {
        @Parameters(index = "0", paramLabel = "SWITCH:PORT") String a;
        @Parameters(index = "1", paramLabel = "SWITCH:PORT") String b;

        @Override
        List<String> words() {
            return List.of("plug", a, b);
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Moves the cable end at FROM to the free port TO (mis-cabling).")
    static final class Move extends Fault {
        @Parameters(index = "0", paramLabel = "FROM") String from;
        @Parameters(index = "1", paramLabel = "TO") String to;

        @Override
        List<String> words() {
            return List.of("move", from, to);
        }
    }

    @Command(name = "rack", mixinStandardHelpOptions = true,
            description = "Racks SPARE in OLD's place: every cable of OLD moves to the same port of SPARE.")
    static final class Rack extends Fault {
        @Parameters(paramLabel = "SPARE") String spare;

        @Option(names = "--as", required = true, paramLabel = "OLD", description = "the switch whose cables SPARE takes")
        String old;

        @Override
        List<String> words() {
            return List.of("rack", spare, old);
        }
    }

    @Command(name = "fail-port", mixinStandardHelpOptions = true, description = "Fails a port's hardware: oper-down whatever its configuration.")
    static final class FailPort extends Fault {
        @Parameters(paramLabel = "SWITCH:PORT") String port;

        @Override
        List<String> words() {
            return List.of("fail-port", port);
        }
    }

    @Command(name = "repair-port", mixinStandardHelpOptions = true, description = "Repairs a failed port.")
    static final class RepairPort extends Fault {
        @Parameters(paramLabel = "SWITCH:PORT") String port;

        @Override
        List<String> words() {
            return List.of("repair-port", port);
        }
    }

    @Command(name = "delay", mixinStandardHelpOptions = true, description = "Delays every NETCONF reply of a switch (0 ends the delay).")
    static final class Delay extends Fault {
        @Parameters(index = "0", paramLabel = "SWITCH") String name;
        @Parameters(index = "1", paramLabel = "MILLIS") String millis;

        @Override
        List<String> words() {
            return List.of("delay", name, millis);
        }
    }

    @Command(name = "drop-after", mixinStandardHelpOptions = true, description = "Drops the session that sends a switch its request after the next N replies.")
    static final class DropAfter extends Fault {
        @Parameters(index = "0", paramLabel = "SWITCH") String name;
        @Parameters(index = "1", paramLabel = "N") String n;

        @Override
        List<String> words() {
            return List.of("drop-after", name, n);
        }
    }

    @Command(name = "reject-commit", mixinStandardHelpOptions = true, description = "Makes a switch refuse its next commit (operation-failed).")
    static final class RejectCommit extends Fault {
        @Parameters(paramLabel = "SWITCH") String name;

        @Override
        List<String> words() {
            return List.of("reject-commit", name);
        }
    }

    @Command(name = "hold-lock", mixinStandardHelpOptions = true, description = "Locks a datastore of a switch from another (unconnected) session.")
    static final class HoldLock extends Fault {
        @Parameters(index = "0", paramLabel = "SWITCH") String name;
        @Parameters(index = "1", paramLabel = "DATASTORE", description = "running, candidate or startup") String datastore;

        @Override
        List<String> words() {
            return List.of("hold-lock", name, datastore);
        }
    }

    @Command(name = "release-locks", mixinStandardHelpOptions = true, description = "Releases the locks taken with hold-lock.")
    static final class ReleaseLocks extends Fault {
        @Parameters(paramLabel = "SWITCH") String name;

        @Override
        List<String> words() {
            return List.of("release-locks", name);
        }
    }
}
