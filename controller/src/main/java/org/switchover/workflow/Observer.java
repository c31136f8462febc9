package org.switchover.workflow;

import org.switchover.workflow.access.DriverPool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.switchover.netconf.NetconfException;
import org.switchover.verify.DeviceObservation;
import org.switchover.verify.ObservedState;

/**
 * Reads what devices report into an {@link ObservedState}, several devices at once; a device that
 * fails to answer is left out.
 */
public final class Observer {

    /** Devices read at once: enough to hide session set-up, few enough for a small machine. */
    static final int PARALLEL = 8;

    private static final ExecutorService READERS = Executors.newFixedThreadPool(PARALLEL, r -> {
        Thread t = new Thread(r, "switchover-reader");
        t.setDaemon(true);
        return t;
    });

    private final DriverPool pool;

    public Observer(DriverPool pool) {
        this.pool = pool;
    }

    public ObservedState observe(Collection<String> devices) {
        Map<String, String> failures = new ConcurrentHashMap<>();
        List<CompletableFuture<Optional<DeviceObservation>>> reads = new ArrayList<>();
        for (String d : devices) reads.add(CompletableFuture.supplyAsync(() -> read(d, failures), READERS));
        List<DeviceObservation> out = new ArrayList<>();
        for (var r : reads) r.join().ifPresent(out::add);
        return ObservedState.of(out, failures);
    }

    /** Runs {@code action} for each device, several at once, and waits for all of them. */
    public static void forEach(Collection<String> devices, java.util.function.Consumer<String> action) {
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (String d : devices) runs.add(CompletableFuture.runAsync(() -> action.accept(d), READERS));
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
    }

    public Optional<DeviceObservation> observe(String device) {
        return read(device, new ConcurrentHashMap<>());
    }

    /** Reads {@code device}; when it fails, puts the error (which says what to do) in {@code failures}. */
    private Optional<DeviceObservation> read(String device, Map<String, String> failures) {
        try {
            var driver = pool.driver(device);
            return Optional.of(new DeviceObservation(device, pool.facts(device), driver.interfaces(), driver.vlans(),
                    driver.lldpNeighbors()));
        } catch (NetconfException e) {
            pool.drop(device);
            failures.put(device, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }
}
