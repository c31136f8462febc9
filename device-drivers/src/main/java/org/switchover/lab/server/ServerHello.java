package org.switchover.lab.server;

import java.util.ArrayList;
import java.util.List;
import org.switchover.lab.SimulatedSwitch;
import org.switchover.lab.config.SwitchFeatures;
import org.switchover.netconf.Capabilities;

/** The capabilities a simulated switch advertises in its hello, following its switched-on features. */
public final class ServerHello {
    /** ietf-yang-library revision whose modules-state the ietf platform serves. */
    public static final String YANG_LIBRARY = Capabilities.YANG_LIBRARY_10 + "?revision=2016-06-21";

    private ServerHello() {}

    /** The Junos XML API and Junos's management extensions, which a Junos hello lists beside NETCONF's. */
    public static final List<String> JUNOS = List.of("http://xml.juniper.net/netconf/junos/1.0", "http://xml.juniper.net/dmi/system/1.0");

    public static Capabilities capabilities(SimulatedSwitch sw) {
        SwitchFeatures f = sw.store().features();
        if (sw.platform() == org.switchover.lab.SwitchPlatform.JUNOS) return junos(sw, f);
        List<String> uris = new ArrayList<>();
        uris.add(Capabilities.BASE_10);
        if (f.base11()) uris.add(Capabilities.BASE_11);
        if (f.candidate()) uris.add(Capabilities.CANDIDATE);
        if (f.candidate() && f.confirmedCommit()) uris.add(Capabilities.CONFIRMED_COMMIT_11);
        if (f.validate()) uris.add(Capabilities.VALIDATE_11);
        if (f.rollbackOnError()) uris.add(Capabilities.ROLLBACK_ON_ERROR);
        if (f.writableRunning()) uris.add(Capabilities.WRITABLE_RUNNING);
        if (f.startup()) uris.add(Capabilities.STARTUP);
        if (f.moduleCapabilities()) {
            uris.addAll(sw.moduleCapabilities());
            if (sw.platform().servesYangLibrary()) {
                uris.add(YANG_LIBRARY + "&module-set-id=" + org.switchover.lab.state.YangLibrary.moduleSetId(sw.platform()));
            }
        }
        return new Capabilities(new java.util.LinkedHashSet<>(uris));
    }

    /**
     * As Junos advertises itself: base 1.0, candidate, confirmed-commit <em>1.0</em> (so no
     * persist: a confirmed commit belongs to its session), validate 1.0, the Junos capabilities,
     * and its configuration modules. No writable-running, rollback-on-error or startup.
     */
    private static Capabilities junos(SimulatedSwitch sw, SwitchFeatures f) {
        List<String> uris = new ArrayList<>();
        uris.add(Capabilities.BASE_10);
        if (f.candidate()) uris.add(Capabilities.CANDIDATE);
        if (f.candidate() && f.confirmedCommit()) uris.add(Capabilities.CONFIRMED_COMMIT_10);
        if (f.validate()) uris.add(Capabilities.VALIDATE_10);
        uris.addAll(JUNOS);
        if (f.moduleCapabilities()) uris.addAll(sw.moduleCapabilities());
        return new Capabilities(new java.util.LinkedHashSet<>(uris));
    }
}
