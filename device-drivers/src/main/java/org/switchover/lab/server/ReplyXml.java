package org.switchover.lab.server;

import java.util.List;
import java.util.Map;
import org.switchover.lab.config.XmlWriter;
import org.switchover.netconf.NetconfXml;
import org.switchover.netconf.RpcError;

/** Builds {@code <rpc-reply>} documents: ok, data, or rpc-errors (RFC 6241 sections 4.2 and 4.3). */
final class ReplyXml {
    private ReplyXml() {}

    /** {@code attributes} are the rpc's attributes (message-id and any others), echoed as RFC 6241 4.2 requires. */
    static String reply(String attributes, String body) {
        return finish(start(attributes, body.length() + 128).append(body));
    }

    /** A reply up to its body, in a builder of {@code capacity} characters, for the body to be appended to. */
    static StringBuilder start(String attributes, int capacity) {
        return new StringBuilder(capacity).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rpc-reply xmlns=\"")
                .append(NetconfXml.BASE_NS).append('"').append(attributes).append('>');
    }

    /** The reply {@link #start} began, once its body has been appended. */
    static String finish(StringBuilder reply) {
        return reply.append("</rpc-reply>").toString();
    }

    static String ok() {
        return "<ok/>";
    }

    static String errors(List<RpcError> errors) {
        StringBuilder s = new StringBuilder();
        for (RpcError e : errors) {
            s.append("<rpc-error><error-type>").append(e.type()).append("</error-type>")
                    .append("<error-tag>").append(e.tag()).append("</error-tag>")
                    .append("<error-severity>").append(e.severity()).append("</error-severity>");
            if (!e.appTag().isEmpty()) s.append("<error-app-tag>").append(XmlWriter.escape(e.appTag())).append("</error-app-tag>");
            if (!e.path().isEmpty()) s.append("<error-path>").append(XmlWriter.escape(e.path())).append("</error-path>");
            if (!e.message().isEmpty()) {
                s.append("<error-message xml:lang=\"en\">").append(XmlWriter.escape(e.message())).append("</error-message>");
            }
            if (!e.info().isEmpty()) {
                s.append("<error-info>");
                for (Map.Entry<String, String> i : e.info().entrySet()) {
                    s.append('<').append(i.getKey()).append('>').append(XmlWriter.escape(i.getValue()))
                            .append("</").append(i.getKey()).append('>');
                }
                s.append("</error-info>");
            }
            s.append("</rpc-error>");
        }
        return s.toString();
    }
}
