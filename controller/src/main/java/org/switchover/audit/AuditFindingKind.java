package org.switchover.audit;

/** The closed set of things a drift audit can find on one device. */
public enum AuditFindingKind {
    /** Running configuration differs from golden on an owned subtree. */
    CONFIG_DRIFT(Category.CONFIG, "config drift"),
    /** A port that should be up is administratively or operationally down. */
    PORT_DOWN(Category.STATE, "port down"),
    /** A port's VLAN membership, or a VLAN it needs, differs from intent. */
    VLAN_MEMBERSHIP(Category.STATE, "VLAN membership"),
    /** LLDP hears a different neighbour than the site's cabling says: a cable was moved. */
    CABLING(Category.STATE, "cabling drift"),
    /**
     * The device answered, but part of its data could not be interpreted (a bridge port number
     * nothing maps to a port, a value outside its YANG type); the finding names the leaf, and what
     * depends on it is left unjudged.
     */
    DATA_UNINTERPRETED(Category.STATE, "data not interpreted"),
    /** The device could not be reached or did not answer within its timeout. */
    UNREACHABLE(Category.UNREACHABLE, "unreachable"),
    /** The device presented a different SSH host key than known_hosts holds. */
    HOST_KEY_CHANGED(Category.SECURITY, "host key changed");

    /** How findings group in reports and exit codes. */
    public enum Category { CONFIG, STATE, UNREACHABLE, SECURITY }

    private final Category category;
    private final String label;

    AuditFindingKind(Category category, String label) {
        this.category = category;
        this.label = label;
    }

    public Category category() {
        return category;
    }

    /** A short human name used in reports. */
    public String label() {
        return label;
    }

    /** Whether a site suppression may hide it; reachability and security findings are always shown. */
    public boolean suppressible() {
        return category == Category.CONFIG || category == Category.STATE;
    }

    /** Whether the device could not be audited at all. */
    public boolean blocksAudit() {
        return category == Category.UNREACHABLE || category == Category.SECURITY;
    }
}
