package org.switchover.netconf;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * One {@code <rpc-error>} of a reply (RFC 6241 section 4.3). Optional fields are empty strings
 * when the server left them out; {@code info} maps each child of {@code <error-info>} to its text.
 */
public record RpcError(
        String type, String tag, String severity, String appTag, String path, String message, Map<String, String> info) {

    public RpcError {
        info = ImmutableMap.copyOf(info);
    }

    public boolean isWarning() {
        return "warning".equals(severity);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(type).append('/').append(tag);
        if (!appTag.isEmpty()) s.append(" (").append(appTag).append(')');
        if (!path.isEmpty()) s.append(" at ").append(path);
        if (!message.isEmpty()) s.append(": ").append(message);
        if (!info.isEmpty()) s.append(' ').append(info);
        return s.toString();
    }
}
