package org.switchover.netconf;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A NETCONF session over an {@link SshTransport}. Replies are decoded on the transport's thread by
 * an {@link Inbox}, which hands the reply whose message-id matches to the single RPC in flight;
 * RPCs are serialised by a lock, so replies that arrive after their RPC timed out are recognised
 * and dropped.
 */
final class SshNetconfSession implements NetconfSession {
    private static final Logger LOG = LoggerFactory.getLogger(SshNetconfSession.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

    private final ConnectOptions options;
    private final Inbox inbox;
    private final SshTransport transport;
    private final FrameWriter writer;
    private final ReentrantLock rpcLock = new ReentrantLock();
    private final AtomicLong nextMessageId = new AtomicLong(1);
    private volatile boolean closed;
    private Hello hello;

    private SshNetconfSession(ConnectOptions options, Inbox inbox, SshTransport transport) {
        this.options = options;
        this.inbox = inbox;
        this.transport = transport;
        this.writer = new FrameWriter(transport.out());
    }

    /** Opens the transport and runs the hello exchange; closes the transport on any failure. */
    static SshNetconfSession open(ConnectOptions options) {
        Inbox inbox = new Inbox(options.device(),
                new SecureXml.Limits(options.maxReplyBytes(), SecureXml.Limits.DEFAULT.maxDepth()));
        SshTransport transport = SshTransport.open(options, inbox);
        SshNetconfSession s = new SshNetconfSession(options, inbox, transport);
        try {
            s.exchangeHellos();
            return s;
        } catch (RuntimeException e) {
            s.closed = true;
            inbox.closing();
            transport.close();
            throw e;
        }
    }

    private void exchangeHellos() {
        try {
            writer.write(Hello.client(Capabilities.client()).toBytes());
        } catch (IOException e) {
            throw new SessionDroppedException(options.device(), null, options.device() + " closed the connection before"
                    + " the hello exchange: " + e.getMessage() + "; check the NETCONF service on the device", e);
        }
        try {
            hello = inbox.hello().get(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new NetconfTimeoutException(options.device(), null, options.connectTimeout(), options.device()
                    + " sent no NETCONF hello within " + options.connectTimeout().toMillis() + " ms; is the netconf"
                    + " subsystem really NETCONF, and is the device overloaded?", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause(), null, "hello");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetconfTimeoutException(options.device(), null, options.connectTimeout(), "interrupted while"
                    + " waiting for the hello of " + options.device(), e);
        }
        if (hello.sessionId().isEmpty()) {
            throw new MalformedXmlException(options.device(), options.device() + " sent a hello without a session-id;"
                    + " RFC 6241 requires one from a server");
        }
        writer.useFraming(Framing.negotiate(Capabilities.client(), hello.capabilities()));
    }

    /** Sends one RPC and waits for its reply; the heart of every typed call. */
    RpcReply send(String operationXml, Duration timeout) {
        String operation = RpcReplies.operationName(operationXml);
        checkUsable(operation);
        boolean locked;
        try {
            locked = rpcLock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetconfTimeoutException(options.device(), null, timeout, "interrupted before sending <"
                    + operation + "> to " + options.device(), e);
        }
        if (!locked) {
            throw new NetconfTimeoutException(options.device(), null, timeout, "session to " + options.device()
                    + " stayed busy with other RPCs for " + timeout.toMillis() + " ms, so <" + operation + "> was not"
                    + " sent; use more sessions or a longer timeout", null);
        }
        try {
            String id = Long.toString(nextMessageId.getAndIncrement());
            Inbox.Pending p = new Inbox.Pending(id, new CompletableFuture<>());
            inbox.expect(p);
            try {
                checkUsable(operation);
                writer.write(RpcRequests.envelope(id, operationXml));
                Document reply = p.reply().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return RpcReplies.check(reply, options.device(), id, operation);
            } catch (IOException e) {
                throw new SessionDroppedException(options.device(), id, "could not send <" + operation + "> to "
                        + options.device() + ": " + e.getMessage() + "; the session is gone, reconnect", e);
            } catch (TimeoutException e) {
                throw new NetconfTimeoutException(options.device(), id, timeout, options.device() + " did not answer <"
                        + operation + "> (message-id " + id + ") within " + timeout.toMillis() + " ms; the device may"
                        + " still apply it, so read its state before retrying", e);
            } catch (ExecutionException e) {
                throw rethrown(e.getCause(), id, operation);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NetconfTimeoutException(options.device(), id, timeout, "interrupted while waiting for the"
                        + " reply to <" + operation + "> from " + options.device(), e);
            } finally {
                inbox.clear();
            }
        } finally {
            rpcLock.unlock();
        }
    }

    private void checkUsable(String operation) {
        if (closed) {
            throw new SessionDroppedException(options.device(), "session to " + options.device() + " was closed;"
                    + " <" + operation + "> needs a new session");
        }
        inbox.failure().ifPresent(f -> {
            throw rethrown(f, null, operation);
        });
    }

    /** A failure seen on the transport's thread, re-thrown in the caller's thread with the message-id it waited for. */
    private NetconfException rethrown(Throwable cause, String messageId, String operation) {
        String device = options.device();
        String what = " (while waiting for the reply to <" + operation + ">"
                + (messageId == null ? ")" : ", message-id " + messageId + ")");
        if (cause instanceof MessageTooLargeException m) {
            return new MessageTooLargeException(device, m.limit());
        }
        if (cause instanceof MalformedFramingException) {
            return new MalformedFramingException(device, messageId, cause.getMessage() + what, cause);
        }
        if (cause instanceof MalformedXmlException) {
            return new MalformedXmlException(device, messageId, cause.getMessage() + what, cause);
        }
        if (cause instanceof SessionDroppedException) {
            return new SessionDroppedException(device, messageId, cause.getMessage() + what, cause);
        }
        if (cause instanceof NetconfException ne) return ne;
        return new SessionDroppedException(device, messageId, "session to " + device + " failed: " + cause + what, cause);
    }

    RpcReply send(String operationXml) {
        return send(operationXml, options.rpcTimeout());
    }

    @Override
    public String device() {
        return options.device();
    }

    @Override
    public long sessionId() {
        return hello.sessionId().orElseThrow();
    }

    @Override
    public Capabilities serverCapabilities() {
        return hello.capabilities();
    }

    @Override
    public boolean isOpen() {
        return !closed && inbox.failure().isEmpty() && transport.isConnected();
    }

    @Override
    public Element get(Optional<String> subtreeFilter) {
        return RpcReplies.data(send(RpcRequests.get(subtreeFilter)), device(), "get");
    }

    @Override
    public Element getConfig(Datastore source, Optional<String> subtreeFilter) {
        return RpcReplies.data(send(RpcRequests.getConfig(source, subtreeFilter)), device(), "get-config");
    }

    @Override
    public void editConfig(EditConfig request) {
        send(RpcRequests.editConfig(request));
    }

    @Override
    public void lock(Datastore target) {
        send(RpcRequests.lock(target));
    }

    @Override
    public void unlock(Datastore target) {
        send(RpcRequests.unlock(target));
    }

    @Override
    public void discardChanges() {
        send(RpcRequests.discardChanges());
    }

    @Override
    public void validate(Datastore source) {
        send(RpcRequests.validate(source));
    }

    @Override
    public void commit() {
        send(RpcRequests.commit());
    }

    @Override
    public void commitConfirmed(Duration confirmTimeout, Optional<String> persist) {
        send(RpcRequests.commitConfirmed(confirmTimeout, persist));
    }

    @Override
    public void confirmCommit(Optional<String> persistId) {
        send(RpcRequests.confirmCommit(persistId));
    }

    @Override
    public void cancelCommit(Optional<String> persistId) {
        send(RpcRequests.cancelCommit(persistId));
    }

    @Override
    public void copyConfig(Datastore source, Datastore target) {
        send(RpcRequests.copyConfig(source, target));
    }

    @Override
    public void killSession(long sessionId) {
        send(RpcRequests.killSession(sessionId));
    }

    @Override
    public String getSchema(String identifier, Optional<String> version, String format) {
        return RpcReplies.data(send(RpcRequests.getSchema(identifier, version, format)), device(), "get-schema")
                .getTextContent();
    }

    @Override
    public Element yangLibrary() {
        // The hello says which library to expect (RFC 7950 5.6.4); the other is asked for only when that one is empty or refused.
        List<String> filters = serverCapabilities().modulesStateLibrary()
                ? List.of(RpcRequests.modulesStateFilter(), RpcRequests.yangLibraryFilter())
                : List.of(RpcRequests.yangLibraryFilter(), RpcRequests.modulesStateFilter());
        try {
            Element data = get(Optional.of(filters.get(0)));
            if (!NetconfXml.children(data).isEmpty()) return data;
        } catch (RpcErrorException e) {
            LOG.debug("{}: no answer to {} ({}), asking for the other YANG library", device(), filters.get(0), e.first());
        }
        return get(Optional.of(filters.get(1)));
    }

    @Override
    public RpcReply rpc(String operationXml) {
        return send(operationXml);
    }

    @Override
    public void close() {
        if (closed) return;
        try {
            if (inbox.failure().isEmpty() && transport.isConnected()) {
                inbox.closing();
                send(RpcRequests.closeSession(), options.rpcTimeout().compareTo(CLOSE_TIMEOUT) < 0
                        ? options.rpcTimeout() : CLOSE_TIMEOUT);
            }
        } catch (RuntimeException e) {
            LOG.debug("{}: close-session failed, dropping the transport: {}", device(), e.getMessage());
        } finally {
            closed = true;
            inbox.closing();
            transport.close();
        }
    }

    @Override
    public String toString() {
        return "NetconfSession[" + device() + " " + options.host() + ":" + options.port() + ", session-id "
                + (hello == null ? "?" : hello.sessionId().orElse(-1)) + "]";
    }
}
