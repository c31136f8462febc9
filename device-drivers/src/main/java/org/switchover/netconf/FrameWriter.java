package org.switchover.netconf;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes whole NETCONF messages to a byte stream in either RFC 6242 framing, one flush per message.
 * Independent of the transport, so the client and the lab's server share it. Thread-safe: each
 * message is written atomically.
 */
public final class FrameWriter {
    private static final byte[] END_OF_MESSAGE = "]]>]]>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_CHUNKS = "\n##\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private volatile Framing framing = Framing.END_OF_MESSAGE;

    public FrameWriter(OutputStream out) {
        this.out = requireNonNull(out, "out");
    }

    public void useFraming(Framing next) {
        this.framing = requireNonNull(next, "framing");
    }

    public Framing framing() {
        return framing;
    }

    public void write(String message) throws IOException {
        write(message.getBytes(StandardCharsets.UTF_8));
    }

    public synchronized void write(byte[] message) throws IOException {
        out.write(frame(message, framing));
        out.flush();
    }

    /** The bytes of {@code message} framed as {@code framing} says; the whole message is one chunk. */
    public static byte[] frame(byte[] message, Framing framing) {
        if (framing == Framing.END_OF_MESSAGE) {
            byte[] framed = new byte[message.length + END_OF_MESSAGE.length];
            System.arraycopy(message, 0, framed, 0, message.length);
            System.arraycopy(END_OF_MESSAGE, 0, framed, message.length, END_OF_MESSAGE.length);
            return framed;
        }
        if (message.length == 0) {
            throw new IllegalArgumentException("a chunked message needs at least one byte (RFC 6242 section 4.2)");
        }
        byte[] header = ("\n#" + message.length + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] framed = new byte[header.length + message.length + END_OF_CHUNKS.length];
        System.arraycopy(header, 0, framed, 0, header.length);
        System.arraycopy(message, 0, framed, header.length, message.length);
        System.arraycopy(END_OF_CHUNKS, 0, framed, header.length + message.length, END_OF_CHUNKS.length);
        return framed;
    }
}
