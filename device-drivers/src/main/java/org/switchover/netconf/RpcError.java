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

    /** An error of severity error with no app-tag, path or info. */
    public static RpcError of(String type, String tag, String message) {
        return new RpcError(type, tag, "error", "", "", message, Map.of());
    }

    /** The {@code <rpc-error>} element of this error in the NETCONF base namespace, as a server sends it. */
    public String toXml() {
        StringBuilder s = new StringBuilder("<rpc-error>");
        s.append("<error-type>").append(SecureXml.escape(type)).append("</error-type>");
        s.append("<error-tag>").append(SecureXml.escape(tag)).append("</error-tag>");
        s.append("<error-severity>").append(SecureXml.escape(severity)).append("</error-severity>");
        if (!appTag.isEmpty()) s.append("<error-app-tag>").append(SecureXml.escape(appTag)).append("</error-app-tag>");
        if (!path.isEmpty()) s.append("<error-path>").append(SecureXml.escape(path)).append("</error-path>");
        if (!message.isEmpty()) {
            s.append("<error-message xml:lang=\"en\">").append(SecureXml.escape(message)).append("</error-message>");
        }
        if (!info.isEmpty()) {
            s.append("<error-info>");
            info.forEach((k, v) -> s.append('<').append(k).append('>').append(SecureXml.escape(v)).append("</").append(k).append('>'));
            s.append("</error-info>");
        }
        return s.append("</rpc-error>").toString();
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
