package org.switchover.netconf;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.w3c.dom.Element;

/** A successful {@code <rpc-reply>}: the reply element and any warnings it carried. */
public record RpcReply(String messageId, Element element, List<RpcError> warnings) {
    public RpcReply {
        warnings = ImmutableList.copyOf(warnings);
    }
}
