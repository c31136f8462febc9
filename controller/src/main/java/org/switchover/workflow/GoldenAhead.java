package org.switchover.workflow;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
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

    private final AuditGoldenSource golden;
    private final Site site;
    private final List<Device> devices;
    private final ExecutorService renderers;
    private final AtomicReferenceArray<CompletableFuture<ConfigPayload>> rendered;
    private final AtomicInteger next = new AtomicInteger();

    GoldenAhead(AuditGoldenSource golden, Site site, List<Device> devices, int threads, int lookahead) {
        this.golden = golden;
        this.site = site;
        this.devices = devices;
        this.rendered = new AtomicReferenceArray<>(devices.size());
        this.renderers = Executors.newFixedThreadPool(Math.max(1, threads),
                new ThreadFactoryBuilder().setNameFormat("audit-render-%d").setDaemon(true).build());
        for (int i = 0; i < lookahead; i++) startNext();
    }

    /** Device {@code index}'s golden configuration, rendered here if it was not started yet; a render failure is thrown as is. */
    ConfigPayload take(int index) {
        startNext();
        CompletableFuture<ConfigPayload> f = rendered.getAndSet(index, null);
        if (f == null) return golden.golden(site, devices.get(index));
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private void startNext() {
        int i = next.getAndIncrement();
        if (i >= devices.size()) return;
        Device d = devices.get(i);
        rendered.set(i, CompletableFuture.supplyAsync(() -> golden.golden(site, d), renderers));
    }

    @Override
    public void close() {
        renderers.shutdownNow();
    }
}
