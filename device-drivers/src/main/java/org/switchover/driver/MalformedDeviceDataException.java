package org.switchover.driver;

/**
 * The device returned data that does not follow its platform's YANG models (a VLAN id that is
 * not a number, an unknown oper-status), so the driver refuses to guess.
 */
public class MalformedDeviceDataException extends DriverException {
    private static final long serialVersionUID = 1L;

    private final String path;

    public MalformedDeviceDataException(String device, String path, String problem) {
        super(device, device + ": " + problem + " at " + path + "; the device's data does not follow its YANG model");
        this.path = path;
    }

    /** The data path, with list keys, of the offending node. */
    public String path() {
        return path;
    }
}
