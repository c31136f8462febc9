package org.switchover.status;

/** How a service stands during a run, in the words a helpdesk reads out. */
public enum ServiceState {
    /** The run has not checked the site yet. */
    NOT_CHECKED("not checked yet"),
    /** The run found it working; it was never down in this run. */
    UP("up"),
    /** Down, and its turn has not come yet. */
    DOWN("down"),
    /** Down, and the traffic wave that brings it back is under way. */
    BEING_RESTORED("being restored"),
    /** The run observed it working again (every access port reaches its gateway). */
    RESTORED("restored"),
    /** Down when the run stopped without bringing it back. */
    NOT_RESTORED("not restored");

    private final String words;

    ServiceState(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The name as pages and JSON carry it: lower case with dashes. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
