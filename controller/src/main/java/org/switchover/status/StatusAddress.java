package org.switchover.status;

import com.google.common.net.HostAndPort;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the status page listens, and the token it asks for. On a loopback address only this
 * machine can reach it and no token is needed; on any other address a random token is made at
 * start, printed in the page's address ({@code ?token=}), and every request without it is refused.
 */
public record StatusAddress(InetSocketAddress bind, Optional<String> token) {

    public static final String DEFAULT_HOST = "127.0.0.1";

    /** Parses {@code HOST:PORT}, {@code :PORT} or {@code PORT} (port 0 picks a free one); the host defaults to 127.0.0.1. */
    public static StatusAddress parse(String text) {
        String t = text.trim();
        if (t.startsWith(":")) t = DEFAULT_HOST + t;
        if (t.matches("\\d+")) t = DEFAULT_HOST + ":" + t;
        HostAndPort hp;
        try {
            hp = HostAndPort.fromString(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--status '" + text + "' is not HOST:PORT; write e.g. 127.0.0.1:8080 or 127.0.0.1:0", e);
        }
        if (!hp.hasPort()) {
            throw new IllegalArgumentException("--status '" + text + "' names no port; write e.g. " + hp.getHost() + ":8080 (0 picks a free port)");
        }
        InetAddress host;
        try {
            host = InetAddress.getByName(hp.getHost());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--status '" + text + "': no such host '" + hp.getHost() + "' on this machine", e);
        }
        return new StatusAddress(new InetSocketAddress(host, hp.getPort()),
                host.isLoopbackAddress() ? Optional.empty() : Optional.of(newToken()));
    }

    public boolean loopback() {
        return bind.getAddress().isLoopbackAddress();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
