package org.switchover.netconf;

/**
 * The two NETCONF-over-SSH message framings of RFC 6242. Every session starts with
 * {@link #END_OF_MESSAGE} for the hello exchange and switches to {@link #CHUNKED} only when both
 * peers advertised base:1.1.
 */
public enum Framing {
    /** base:1.0: each message ends with {@code ]]>]]>}. */
    END_OF_MESSAGE,
    /** base:1.1: each message is a series of {@code \n#LEN\n} chunks ended by {@code \n##\n}. */
    CHUNKED;

    /** The framing RFC 6242 section 4.1 prescribes once both hellos have been exchanged. */
    public static Framing negotiate(Capabilities local, Capabilities remote) {
        return local.base11() && remote.base11() ? CHUNKED : END_OF_MESSAGE;
    }
}
