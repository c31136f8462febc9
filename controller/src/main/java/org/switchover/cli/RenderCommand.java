package org.switchover.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.switchover.inventory.InventoryError;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.render.RenderException;
import org.switchover.render.RenderedConfig;
import org.switchover.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code switchover render}: the golden configuration of one or every device of a site. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders the golden NETCONF configuration of every device (or one) of a site.",
                "Without --out the payloads go to standard output; with it, one file DIR/DEVICE.xml each",
                "(DEVICE.staged.xml with --staged). Exit code 2 lists every error of a bad site or template."})
public final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--site", required = true, paramLabel = "FILE", description = "the site inventory (site.yaml)")
    Path site;

    @Option(names = "--device", paramLabel = "D", description = "render only this device")
    String device;

    @Option(names = "--out", paramLabel = "DIR", description = "write one file per device into DIR")
    Path out;

    @Option(names = "--staged", description = "the staged variant: edge ports admin-down, links as golden")
    boolean staged;

    @picocli.CommandLine.Mixin
    TemplatesOption templates;

    @picocli.CommandLine.Mixin
    InlineSecretsOption secrets;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SiteLoader loader = secrets.loader();
        Validation<Seq<InventoryError>, Site> loaded = loader.load(site);
        if (loaded.isInvalid()) {
            err.println(loaded.getError().size() + " error(s) in " + site + ":");
            loaded.getError().forEach(e -> err.println("  " + e));
            err.flush();
            return Main.BAD_INPUT;
        }
        Site s = loaded.get();
        if (device != null && !s.devices().containsKey(device)) {
            err.println("no device '" + device + "' in " + site + "; devices: " + String.join(", ", s.devices().keySet()));
            err.flush();
            return Main.BAD_INPUT;
        }
        List<RenderedConfig> configs;
        try {
            Renderer renderer = templates.renderer();
            configs = device == null ? renderer.renderAll(s, staged) : List.of(renderer.render(s, s.device(device), staged));
        } catch (RenderException | IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        }
        write(configs);
        return Main.OK;
    }

    private void write(List<RenderedConfig> configs) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            for (RenderedConfig c : configs) {
                if (configs.size() > 1) stdout.println("<!-- " + c.device() + (c.staged() ? " (staged)" : "") + " -->");
                stdout.print(c.xml());
            }
            stdout.flush();
            return;
        }
        Files.createDirectories(out);
        for (RenderedConfig c : configs) {
            Path f = out.resolve(c.device() + (c.staged() ? ".staged" : "") + ".xml");
            Files.writeString(f, c.xml(), StandardCharsets.UTF_8);
            stdout.println(f);
        }
        stdout.println(configs.size() + " device(s) rendered into " + out);
        stdout.flush();
    }
}
