package org.switchover.netconf;

/**
 * Opens NETCONF sessions over SSH (JSch): authenticates, checks the host key against known_hosts,
 * exchanges hellos and negotiates framing. Stateless; sessions are independent of each other.
 */
public final class NetconfClient {
    private NetconfClient() {}

    /**
     * A new session to the device {@code options} describe.
     *
     * @throws AuthenticationFailedException when the credentials are refused
     * @throws ConnectionRefusedException when nothing listens at the address
     * @throws HostKeyRefusedException when the host key is unknown (without trust-on-first-use) or changed
     * @throws NetconfTimeoutException when connecting or the hello takes longer than the connect timeout
     * @throws NetconfException for every other failure
     */
    public static NetconfSession connect(ConnectOptions options) {
        return SshNetconfSession.open(options);
    }
}
