package org.switchover.netconf;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads whole NETCONF messages from a byte stream in either RFC 6242 framing. Independent of the
 * transport, so the client and the lab's server share it. Correct for any split of frames across
 * reads; refuses messages over a size limit. Not thread-safe: one reader per stream.
 */
public final class FrameReader {
    private static final byte[] END_OF_MESSAGE = "]]>]]>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** KMP failure function of "]]>]]>": the longest proper prefix that is also a suffix. */
    private static final int[] DELIMITER_FAILURE = {0, 1, 0, 1, 2, 3};
    private static final long MAX_CHUNK = 4294967295L;

    private final InputStream in;
    private final String peer;
    private final int maxMessageBytes;
    private final byte[] buf = new byte[32 * 1024];
    private int pos;
    private int limit;
    private volatile Framing framing = Framing.END_OF_MESSAGE;

    /** {@code peer} names the other side in errors (the device, or the client for a server). */
    public FrameReader(InputStream in, String peer, int maxMessageBytes) {
        this.in = requireNonNull(in, "in");
        this.peer = requireNonNull(peer, "peer");
        checkArgument(maxMessageBytes > 0, "max message size must be positive");
        this.maxMessageBytes = maxMessageBytes;
    }

    public void useFraming(Framing next) {
        this.framing = requireNonNull(next, "framing");
    }

    public Framing framing() {
        return framing;
    }

    /**
     * The next message's bytes, or empty when the stream ended cleanly between messages.
     *
     * @throws SessionDroppedException when the stream ends inside a message
     * @throws MalformedFramingException when the bytes break the framing
     * @throws MessageTooLargeException when a message exceeds the limit
     */
    public Optional<byte[]> readMessage() throws IOException {
        return framing == Framing.CHUNKED ? readChunked() : readEndOfMessage();
    }

    private Optional<byte[]> readEndOfMessage() throws IOException {
        if (!skipWhitespace()) return Optional.empty();
        Bytes message = new Bytes();
        int matched = 0;
        while (true) {
            if (pos == limit && !fill()) {
                throw dropped(message.size() + matched);
            }
            byte b = buf[pos++];
            // Knuth-Morris-Pratt over the delimiter, so "]]]>]]>" ends after the first ']'.
            while (matched > 0 && b != END_OF_MESSAGE[matched]) {
                int shorter = DELIMITER_FAILURE[matched - 1];
                message.append(END_OF_MESSAGE, 0, matched - shorter);
                matched = shorter;
            }
            if (b == END_OF_MESSAGE[matched]) {
                if (++matched == END_OF_MESSAGE.length) return Optional.of(message.toArray());
            } else {
                message.append(b);
            }
            checkSize(message.size());
        }
    }

    private Optional<byte[]> readChunked() throws IOException {
        // Tolerate stray whitespace between messages (some servers send a newline after each one);
        // the header's own leading LF is part of that whitespace.
        if (!skipWhitespace()) return Optional.empty();
        expect('#', "a chunk header '\\n#<size>\\n' to start the message");
        Bytes message = new Bytes();
        boolean first = true;
        while (true) {
            if (!first) {
                expect('\n', "'\\n#' (the next chunk header or the end-of-chunks marker)");
                expect('#', "'#' after the newline of a chunk header");
            }
            int b = next();
            if (b == '#') {
                if (first) throw malformed("a message with no chunks: the first header was '\\n##\\n'");
                expect('\n', "'\\n' to finish the end-of-chunks marker '\\n##\\n'");
                return Optional.of(message.toArray());
            }
            long size = readChunkSize(b);
            if (message.size() + size > maxMessageBytes) throw new MessageTooLargeException(peer, maxMessageBytes);
            copyChunk((int) size, message);
            first = false;
        }
    }

    private long readChunkSize(int firstDigit) throws IOException {
        if (firstDigit < '1' || firstDigit > '9') {
            throw malformed("a chunk size starting with a digit 1-9, got " + describe(firstDigit));
        }
        long size = firstDigit - '0';
        int digits = 1;
        while (true) {
            int b = next();
            if (b == '\n') return size;
            if (b < '0' || b > '9' || ++digits > 10) {
                throw malformed("a decimal chunk size ended by '\\n', got " + describe(b) + " after " + size);
            }
            size = size * 10 + (b - '0');
            if (size > MAX_CHUNK) throw malformed("a chunk size of at most " + MAX_CHUNK + ", got " + size);
        }
    }

    private void copyChunk(int size, Bytes message) throws IOException {
        int remaining = size;
        while (remaining > 0) {
            if (pos == limit && !fill()) throw dropped(message.size());
            int n = Math.min(remaining, limit - pos);
            message.append(buf, pos, n);
            pos += n;
            remaining -= n;
        }
    }

    /** Skips whitespace; false when the stream ended cleanly before any other byte. */
    private boolean skipWhitespace() throws IOException {
        while (true) {
            if (pos == limit && !fill()) return false;
            byte b = buf[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return true;
            pos++;
        }
    }

    private int next() throws IOException {
        if (pos == limit && !fill()) throw dropped(-1);
        return buf[pos++] & 0xff;
    }

    private void expect(char wanted, String what) throws IOException {
        int b = next();
        if (b != wanted) throw malformed(what + ", got " + describe(b));
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        while (n == 0) n = in.read(buf, 0, buf.length);
        if (n < 0) return false;
        pos = 0;
        limit = n;
        return true;
    }

    private void checkSize(int size) {
        if (size > maxMessageBytes) throw new MessageTooLargeException(peer, maxMessageBytes);
    }

    private SessionDroppedException dropped(int bytesSoFar) {
        return new SessionDroppedException(peer, "connection to " + peer + " closed in the middle of a message"
                + (bytesSoFar >= 0 ? " after " + bytesSoFar + " bytes" : "")
                + "; the device may have restarted or dropped the session: check it is up and reconnect");
    }

    private MalformedFramingException malformed(String expected) {
        return new MalformedFramingException(peer, "broken " + framing + " framing from " + peer + ": expected "
                + expected + "; the session is out of step and must be reopened");
    }

    private static String describe(int b) {
        if (b >= 0x20 && b < 0x7f) return "'" + (char) b + "'";
        return String.format("byte 0x%02x", b);
    }

    /** A growable byte array without the synchronisation of ByteArrayOutputStream. */
    private static final class Bytes {
        private byte[] data = new byte[1024];
        private int size;

        void append(byte b) {
            ensure(1);
            data[size++] = b;
        }

        void append(byte[] src, int off, int len) {
            ensure(len);
            System.arraycopy(src, off, data, size, len);
            size += len;
        }

        int size() {
            return size;
        }

        byte[] toArray() {
            return Arrays.copyOf(data, size);
        }

        private void ensure(int extra) {
            if (size + extra > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + extra));
            }
        }
    }
}
