package org.switchover.netconf;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** Everything needed to open a NETCONF session to one device. */
public record ConnectOptions(
        String device,
        String host,
        int port,
        Credentials credentials,
        HostKeyPolicy hostKeys,
        Duration connectTimeout,
        Duration rpcTimeout,
        Duration keepaliveInterval,
        int maxReplyBytes) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RPC_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_KEEPALIVE = Duration.ofSeconds(15);
    public static final int DEFAULT_MAX_REPLY_BYTES = 64 * 1024 * 1024;

    public ConnectOptions {
        requireNonNull(device, "device");
        requireNonNull(host, "host");
        requireNonNull(credentials, "credentials");
        requireNonNull(hostKeys, "hostKeys");
        checkArgument(port > 0 && port < 65536, "port %s out of range for %s", port, device);
        checkArgument(!connectTimeout.isNegative() && !connectTimeout.isZero(), "connect timeout must be positive");
        checkArgument(!rpcTimeout.isNegative() && !rpcTimeout.isZero(), "rpc timeout must be positive");
        checkArgument(maxReplyBytes > 0, "max reply size must be positive");
    }

    /** Options with the default timeouts, keepalive and reply size limit. */
    public static ConnectOptions of(String device, String host, int port, Credentials credentials, HostKeyPolicy hostKeys) {
        return new ConnectOptions(device, host, port, credentials, hostKeys,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_RPC_TIMEOUT, DEFAULT_KEEPALIVE, DEFAULT_MAX_REPLY_BYTES);
    }

    public ConnectOptions withRpcTimeout(Duration timeout) {
        return new ConnectOptions(device, host, port, credentials, hostKeys, connectTimeout, timeout, keepaliveInterval, maxReplyBytes);
    }

    public ConnectOptions withConnectTimeout(Duration timeout) {
        return new ConnectOptions(device, host, port, credentials, hostKeys, timeout, rpcTimeout, keepaliveInterval, maxReplyBytes);
    }

    public ConnectOptions withMaxReplyBytes(int limit) {
        return new ConnectOptions(device, host, port, credentials, hostKeys, connectTimeout, rpcTimeout, keepaliveInterval, limit);
    }

    public ConnectOptions withHostKeys(HostKeyPolicy policy) {
        return new ConnectOptions(device, host, port, credentials, policy, connectTimeout, rpcTimeout, keepaliveInterval, maxReplyBytes);
    }
}
