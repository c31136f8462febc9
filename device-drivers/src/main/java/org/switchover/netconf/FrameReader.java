package org.switchover.netconf;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads whole NETCONF messages from a byte stream in either RFC 6242 framing. Independent of the
 * transport, so the client and the lab's server share it. Correct for any split of frames across
 * reads; refuses messages over a size limit. Not thread-safe: one reader per stream.
 */
public final class FrameReader {
    private final InputStream in;
    private final String peer;
    private final FrameDecoder decoder;
    private final byte[] buf = new byte[32 * 1024];
    private int pos;
    private int limit;

    /** {@code peer} names the other side in errors (the device, or the client for a server). */
    public FrameReader(InputStream in, String peer, int maxMessageBytes) {
        this.in = requireNonNull(in, "in");
        this.peer = requireNonNull(peer, "peer");
        this.decoder = new FrameDecoder(peer, maxMessageBytes);
    }

    /** Switches framing for the messages after the one last read. */
    public void useFraming(Framing next) {
        decoder.useFraming(next);
    }

    public Framing framing() {
        return decoder.framing();
    }

    /**
     * The next message's bytes, or empty when the stream ended cleanly between messages.
     *
     * @throws SessionDroppedException when the stream ends inside a message
     * @throws MalformedFramingException when the bytes break the framing
     * @throws MessageTooLargeException when a message exceeds the limit
     */
    public Optional<byte[]> readMessage() throws IOException {
        while (true) {
            if (pos == limit) {
                int n = in.read(buf, 0, buf.length);
                while (n == 0) n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    if (decoder.midMessage()) throw dropped(peer, decoder.bytesSoFar());
                    return Optional.empty();
                }
                pos = 0;
                limit = n;
            }
            pos += decoder.consume(buf, pos, limit - pos);
            Optional<byte[]> message = decoder.takeMessage();
            if (message.isPresent()) return message;
        }
    }

    static SessionDroppedException dropped(String peer, int bytesSoFar) {
        return new SessionDroppedException(peer, "connection to " + peer + " closed in the middle of a message after "
                + bytesSoFar + " bytes; the device may have restarted or dropped the session: check it is up and reconnect");
    }
}
