package org.switchover.inventory;

/** A cable between two ports. */
public record Link(Endpoint a, Endpoint b) {

    /** One end of a cable: {@code device:port}. */
    public record Endpoint(String device, String port) {
        @Override
        public String toString() {
            return device + ":" + port;
        }
    }

    public boolean touches(String device, String port) {
        return (a.device().equals(device) && a.port().equals(port)) || (b.device().equals(device) && b.port().equals(port));
    }

    /** The end facing {@code device}'s end of this link. */
    public Endpoint farEnd(String device) {
        return a.device().equals(device) ? b : a;
    }

    /** The end on {@code device}. */
    public Endpoint nearEnd(String device) {
        return a.device().equals(device) ? a : b;
    }
}
