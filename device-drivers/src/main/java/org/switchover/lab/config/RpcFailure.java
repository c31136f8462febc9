package org.switchover.lab.config;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.switchover.netconf.RpcError;

/**
 * A request the simulated switch refuses: carries the {@code <rpc-error>}s of the reply, with the
 * error-tags of RFC 6241 appendix A.
 */
public final class RpcFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<RpcError> errors;

    public RpcFailure(List<RpcError> errors) {
        super(errors.isEmpty() ? "rpc failed" : errors.get(0).toString());
        this.errors = ImmutableList.copyOf(errors);
    }

    public List<RpcError> errors() {
        return errors;
    }

    public static RpcFailure of(String type, String tag, String path, String message) {
        return new RpcFailure(List.of(error(type, tag, path, message, Map.of())));
    }

    public static RpcFailure of(String type, String tag, String path, String message, Map<String, String> info) {
        return new RpcFailure(List.of(error(type, tag, path, message, info)));
    }

    public static RpcError error(String type, String tag, String path, String message, Map<String, String> info) {
        return new RpcError(type, tag, "error", "", path, message, ImmutableMap.copyOf(info));
    }

    public static RpcFailure protocol(String tag, String message) {
        return of("protocol", tag, "", message);
    }

    public static RpcFailure application(String tag, String path, String message) {
        return of("application", tag, path, message);
    }
}
