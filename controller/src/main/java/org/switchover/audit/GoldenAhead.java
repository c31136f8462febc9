package org.switchover.audit;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.switchover.workflow.GoldenConfigs;
import org.switchover.driver.ConfigPayload;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;

/**
 * Renders the golden configurations of an audit a little ahead of the devices that need them, on
 * as many threads as there are cores. Rendering is pure CPU work: done by the audit's many
 * network-bound threads at once, it thrashes the caches of a small machine and costs several
 * times more. At most {@code lookahead} rendered configurations wait at any time.
 */
final class GoldenAhead implements AutoCloseable {

    private final GoldenConfigs golden;
    private final Site site;
    private final List<Device> devices;
    private final ExecutorService renderers;
    private final List<CompletableFuture<ConfigPayload>> rendered;
    private final boolean[] claimed;
    private int next;

    GoldenAhead(GoldenConfigs golden, Site site, List<Device> devices, int threads, int lookahead) {
        this.golden = golden;
        this.site = site;
        this.devices = devices;
        this.rendered = new ArrayList<>(Collections.nCopies(devices.size(), null));
        this.claimed = new boolean[devices.size()];
        this.renderers = Executors.newFixedThreadPool(Math.max(1, threads),
                new ThreadFactoryBuilder().setNameFormat("audit-render-%d").setDaemon(true).build());
        for (int i = 0; i < lookahead; i++) startNext();
    }

    /** Device {@code index}'s golden configuration, rendered here if it was not started yet; a render failure is thrown as is. */
    ConfigPayload take(int index) {
        CompletableFuture<ConfigPayload> f = claim(index);
        return f == null ? golden.render(site, devices.get(index)) : AuditRunner.joined(f);
    }

    /** The render started for {@code index}, if any, handed over once; one more device starts, keeping the lookahead full. */
    private synchronized CompletableFuture<ConfigPayload> claim(int index) {
        claimed[index] = true;
        startNext();
        return rendered.set(index, null);
    }

    /** Starts the next device nobody has claimed yet; one claimed before its turn is rendered by its claimer. */
    private synchronized void startNext() {
        while (next < devices.size() && claimed[next]) next++;
        if (next >= devices.size()) return;
        Device d = devices.get(next);
        rendered.set(next++, CompletableFuture.supplyAsync(() -> golden.render(site, d), renderers));
    }

    @Override
    public void close() {
        renderers.shutdownNow();
    }
}
