package org.switchover.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.switchover.netconf.NetconfException;
import org.switchover.verify.DeviceObservation;
import org.switchover.verify.ObservedState;

/** Reads what devices report into an {@link ObservedState}; a device that fails to answer is left out. */
public final class Observer {

    private final DriverPool pool;

    public Observer(DriverPool pool) {
        this.pool = pool;
    }

    public ObservedState observe(Collection<String> devices) {
        List<DeviceObservation> out = new ArrayList<>();
        for (String d : devices) observe(d).ifPresent(out::add);
        return ObservedState.of(out);
    }

    public Optional<DeviceObservation> observe(String device) {
        try {
            var driver = pool.driver(device);
            return Optional.of(new DeviceObservation(device, pool.facts(device), driver.interfaces(), driver.vlans(),
                    driver.lldpNeighbors()));
        } catch (NetconfException e) {
            pool.drop(device);
            return Optional.empty();
        }
    }
}
