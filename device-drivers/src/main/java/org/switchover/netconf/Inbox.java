package org.switchover.netconf;

import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Where a session's incoming bytes land: decodes frames, takes the server's hello (and switches
 * framing right after it), parses each reply and completes the RPC waiting for its message-id.
 * Runs on the transport's thread and never throws back into it; a failure is kept and handed to
 * whoever waits now or later.
 */
final class Inbox extends OutputStream {
    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    /** The RPC in flight: its message-id and the future its reply completes. */
    record Pending(String messageId, CompletableFuture<Document> reply) {}

    private final String device;
    private final SecureXml.Limits limits;
    private final FrameDecoder decoder;
    private final CompletableFuture<Hello> hello = new CompletableFuture<>();
    private volatile Pending pending;
    private volatile NetconfException failure;
    private volatile boolean closing;

    Inbox(String device, SecureXml.Limits limits) {
        this.device = device;
        this.limits = limits;
        this.decoder = new FrameDecoder(device, limits.maxBytes());
    }

    CompletableFuture<Hello> hello() {
        return hello;
    }

    /** Registers the RPC about to be sent; its reply or the session's failure completes it. */
    void expect(Pending p) {
        pending = p;
        NetconfException f = failure;
        if (f != null) p.reply().completeExceptionally(f);
    }

    void clear() {
        pending = null;
    }

    Optional<NetconfException> failure() {
        return Optional.ofNullable(failure);
    }

    /** From now on the end of the stream is expected, not a failure to report. */
    void closing() {
        closing = true;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (failure != null) return;
        try {
            decoder.feed(b, off, len, this::deliver);
        } catch (NetconfException e) {
            fail(e);
        } catch (RuntimeException e) {
            fail(new SessionDroppedException(device, null, "reading from " + device + " failed: " + e
                    + "; reconnect and check the device", e));
        }
    }

    /** The transport ended. */
    @Override
    public void close() {
        if (failure != null) return;
        if (decoder.midMessage()) {
            fail(FrameReader.dropped(device, decoder.bytesSoFar()));
        } else if (!hello.isDone()) {
            fail(new SessionDroppedException(device, device + " closed the SSH channel before sending a NETCONF hello;"
                    + " it may not offer the netconf subsystem: enable NETCONF over SSH on the device and check its logs"));
        } else {
            fail(new SessionDroppedException(device, device + " closed the NETCONF session"
                    + (closing ? "" : "; reconnect, and check the device if it was not asked to close it")));
        }
    }

    private void deliver(byte[] message) {
        if (!hello.isDone()) {
            Hello h = Hello.parse(message, device, limits);
            // Switch before the next byte is decoded: everything after the hello uses the negotiated framing.
            decoder.useFraming(Framing.negotiate(Capabilities.client(), h.capabilities()));
            hello.complete(h);
            return;
        }
        Pending p = pending;
        Document doc;
        try {
            doc = SecureXml.parse(message, device, limits);
        } catch (MalformedXmlException e) {
            // Framing is intact, so the session can go on; the RPC in flight gets the error.
            if (p != null) p.reply().completeExceptionally(e);
            return;
        }
        Element root = doc.getDocumentElement();
        if (!NetconfXml.isBase(root, "rpc-reply")) {
            LOG.debug("{}: ignoring <{}> outside any reply", device, root.getLocalName());
            return;
        }
        Optional<String> id = RpcReplies.messageId(root);
        if (p == null || (id.isPresent() && !id.get().equals(p.messageId()))) {
            LOG.debug("{}: dropping reply with message-id {}, no RPC waits for it", device, id.orElse("?"));
            return;
        }
        p.reply().complete(doc);
    }

    private void fail(NetconfException e) {
        failure = e;
        hello.completeExceptionally(e);
        Pending p = pending;
        if (p != null) p.reply().completeExceptionally(e);
        if (!closing) LOG.debug("{}: session ended: {}", device, e.getMessage());
    }
}
