package org.switchover.netconf;

import java.time.Duration;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * An open NETCONF session to one device (RFC 6241 over SSH, RFC 6242). Every RPC carries a
 * message-id and its reply is matched by it; RPCs on one session are serialised, so a session
 * may be shared between threads. Failures are {@link NetconfException}s; a reply that only
 * carries warnings succeeds.
 */
public interface NetconfSession extends AutoCloseable {

    /** The inventory name of the device, used in every error. */
    String device();

    /** The session-id the server assigned in its hello. */
    long sessionId();

    /** What the server advertised in its hello. */
    Capabilities serverCapabilities();

    /** True while the transport is up and close has not been called. */
    boolean isOpen();

    /** {@code <get>}: configuration and state; {@code subtreeFilter} is the filter's content, if any. Returns {@code <data>}. */
    Element get(Optional<String> subtreeFilter);

    /** {@code <get-config>} from {@code source}. Returns {@code <data>}. */
    Element getConfig(Datastore source, Optional<String> subtreeFilter);

    void editConfig(EditConfig request);

    void lock(Datastore target);

    void unlock(Datastore target);

    void discardChanges();

    void validate(Datastore source);

    void commit();

    /** {@code <commit><confirmed/>}; with {@code persist}, any later session may confirm or cancel it by that id. */
    void commitConfirmed(Duration confirmTimeout, Optional<String> persist);

    /** The confirming {@code <commit>}, with {@code <persist-id>} when the confirmed commit was persisted. */
    void confirmCommit(Optional<String> persistId);

    /** {@code <cancel-commit>}, with {@code <persist-id>} when the confirmed commit was persisted. */
    void cancelCommit(Optional<String> persistId);

    void copyConfig(Datastore source, Datastore target);

    void killSession(long sessionId);

    /** {@code <get-schema>} (RFC 6022): the schema text. */
    String getSchema(String identifier, Optional<String> version, String format);

    /** The {@code ietf-yang-library} data the server reports, where YANG 1.1 modules are listed. */
    Element yangLibrary();

    /** Sends {@code operationXml} (the element inside {@code <rpc>}) as is: the escape hatch. */
    RpcReply rpc(String operationXml);

    /** Sends {@code <close-session>} when possible, then drops the transport. Never throws. */
    @Override
    void close();
}
