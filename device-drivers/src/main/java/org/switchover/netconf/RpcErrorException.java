package org.switchover.netconf;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** The device answered an RPC with one or more {@code <rpc-error>}s of severity error. */
public class RpcErrorException extends NetconfException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final transient List<RpcError> errors;

    public RpcErrorException(String device, String messageId, String operation, List<RpcError> errors) {
        super(device, messageId, describe(device, messageId, operation, errors), null);
        this.operation = operation;
        this.errors = ImmutableList.copyOf(errors);
    }

    /** The local name of the operation the device refused, e.g. {@code edit-config}. */
    public String operation() {
        return operation;
    }

    /** Every rpc-error of the reply, errors and warnings, in the order the device sent them. */
    public List<RpcError> errors() {
        return errors;
    }

    /** The first error of severity error. */
    public RpcError first() {
        return errors.stream().filter(e -> !e.isWarning()).findFirst().orElse(errors.get(0));
    }

    private static String describe(String device, String messageId, String operation, List<RpcError> errors) {
        StringBuilder s = new StringBuilder(device).append(" refused <").append(operation).append("> (message-id ")
                .append(messageId).append("): ");
        for (int i = 0; i < errors.size(); i++) {
            if (i > 0) s.append("; ");
            s.append(errors.get(i));
        }
        return s.append(". Fix the request or the device state the error names, then retry").toString();
    }
}
