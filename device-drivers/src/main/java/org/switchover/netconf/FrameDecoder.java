package org.switchover.netconf;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The RFC 6242 framing state machine, fed bytes as they arrive in pieces of any size. Use it
 * directly where bytes are pushed (a transport callback), or through {@link FrameReader} where
 * they are pulled from an InputStream. It stops after each whole message so the framing can be
 * switched between messages (after the hello). Not thread-safe.
 */
public final class FrameDecoder {
    private static final byte[] END_OF_MESSAGE = "]]>]]>".getBytes(StandardCharsets.US_ASCII);
    /** KMP failure function of "]]>]]>": the longest proper prefix that is also a suffix. */
    private static final int[] DELIMITER_FAILURE = {0, 1, 0, 1, 2, 3};
    private static final long MAX_CHUNK = 4294967295L;
    /** Buffer kept between messages: enough for the small replies (ok, rpc-error) that come in bursts. */
    private static final int RETAINED_BYTES = 4 * 1024;

    private enum State { START, HEADER_LF, HEADER_HASH, SIZE_OR_END, SIZE, DATA, END_LF, EOM_BODY }

    private final String peer;
    private final int maxMessageBytes;
    private Framing framing = Framing.END_OF_MESSAGE;
    private State state = State.START;
    private byte[] data = new byte[RETAINED_BYTES];
    private int size;
    private int matched;
    private long chunkSize;
    private int chunkDigits;
    private long chunkRemaining;
    private boolean firstChunk;
    private byte[] completed;

    /** {@code peer} names the other side in errors (the device, or the client for a server). */
    public FrameDecoder(String peer, int maxMessageBytes) {
        this.peer = requireNonNull(peer, "peer");
        checkArgument(maxMessageBytes > 0, "max message size must be positive");
        this.maxMessageBytes = maxMessageBytes;
    }

    /** Switches framing; only allowed between messages. */
    public void useFraming(Framing next) {
        checkArgument(!midMessage(), "framing can only change between messages");
        this.framing = requireNonNull(next, "framing");
    }

    public Framing framing() {
        return framing;
    }

    /** True when some bytes of a message have been consumed but not its end. */
    public boolean midMessage() {
        return state != State.START || completed != null;
    }

    /** How many bytes of the current, unfinished message were consumed. */
    public int bytesSoFar() {
        return size;
    }

    /**
     * Consumes bytes up to and including the end of the next message (fewer when {@code len} ends
     * first) and returns how many; a finished message is then available from {@link #takeMessage()}.
     *
     * @throws MalformedFramingException when the bytes break the framing
     * @throws MessageTooLargeException when a message exceeds the limit
     */
    public int consume(byte[] b, int off, int len) {
        if (completed != null) return 0;
        int i = off;
        int end = off + len;
        while (i < end && completed == null) {
            if (state == State.DATA) {
                int n = (int) Math.min(chunkRemaining, end - i);
                append(b, i, n);
                i += n;
                chunkRemaining -= n;
                if (chunkRemaining == 0) state = State.HEADER_LF;
                continue;
            }
            step(b[i++] & 0xff);
        }
        return i - off;
    }

    /** The message finished by the last {@link #consume}, once. */
    public Optional<byte[]> takeMessage() {
        byte[] m = completed;
        completed = null;
        return Optional.ofNullable(m);
    }

    /** Consumes all of {@code len} bytes, handing each finished message to {@code sink} as it completes. */
    public void feed(byte[] b, int off, int len, Consumer<byte[]> sink) {
        int done = 0;
        while (done < len) {
            done += consume(b, off + done, len - done);
            takeMessage().ifPresent(sink);
        }
    }

    private void step(int c) {
        switch (state) {
            case START -> {
                if (isWhitespace(c)) return;
                // Stray whitespace between messages is tolerated; the chunk header's own LF is part of it.
                if (framing == Framing.END_OF_MESSAGE) {
                    state = State.EOM_BODY;
                    matched = 0;
                    eom(c);
                } else {
                    if (c != '#') throw malformed("a chunk header '\\n#<size>\\n' to start the message", c);
                    firstChunk = true;
                    state = State.SIZE_OR_END;
                }
            }
            case EOM_BODY -> eom(c);
            case HEADER_LF -> {
                if (c != '\n') throw malformed("'\\n#' (the next chunk header or the end-of-chunks marker)", c);
                state = State.HEADER_HASH;
            }
            case HEADER_HASH -> {
                if (c != '#') throw malformed("'#' after the newline of a chunk header", c);
                state = State.SIZE_OR_END;
            }
            case SIZE_OR_END -> {
                if (c == '#') {
                    if (firstChunk) throw malformed("a first chunk, not the end-of-chunks marker '\\n##\\n'", c);
                    state = State.END_LF;
                } else if (c >= '1' && c <= '9') {
                    chunkSize = c - '0';
                    chunkDigits = 1;
                    state = State.SIZE;
                } else {
                    throw malformed("a chunk size starting with a digit 1-9", c);
                }
            }
            case SIZE -> {
                if (c == '\n') {
                    if ((long) size + chunkSize > maxMessageBytes) throw tooLarge();
                    chunkRemaining = chunkSize;
                    firstChunk = false;
                    state = State.DATA;
                } else if (c >= '0' && c <= '9' && ++chunkDigits <= 10) {
                    chunkSize = chunkSize * 10 + (c - '0');
                    if (chunkSize > MAX_CHUNK) throw malformed("a chunk size of at most " + MAX_CHUNK, c);
                } else {
                    throw malformed("a decimal chunk size ended by '\\n' after " + chunkSize, c);
                }
            }
            case END_LF -> {
                if (c != '\n') throw malformed("'\\n' to finish the end-of-chunks marker '\\n##\\n'", c);
                finish();
            }
            case DATA -> throw new IllegalStateException("chunk data is copied in bulk");
        }
    }

    private void eom(int c) {
        // Knuth-Morris-Pratt over the delimiter, so "]]]>]]>" ends after the first ']'.
        while (matched > 0 && c != END_OF_MESSAGE[matched]) {
            int shorter = DELIMITER_FAILURE[matched - 1];
            append(END_OF_MESSAGE, 0, matched - shorter);
            matched = shorter;
        }
        if (c == END_OF_MESSAGE[matched]) {
            if (++matched == END_OF_MESSAGE.length) finish();
        } else {
            if (size + 1 > maxMessageBytes) throw tooLarge();
            append((byte) c);
        }
    }

    private void finish() {
        completed = Arrays.copyOf(data, size);
        size = 0;
        matched = 0;
        state = State.START;
        // an idle session (one kept open between audit rounds) should not hold its largest reply's buffer
        if (data.length > RETAINED_BYTES) data = new byte[RETAINED_BYTES];
    }

    private void append(byte b) {
        if (size == data.length) data = Arrays.copyOf(data, data.length * 2);
        data[size++] = b;
    }

    private void append(byte[] src, int off, int len) {
        if (size + len > maxMessageBytes) throw tooLarge();
        if (size + len > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, size + len));
        System.arraycopy(src, off, data, size, len);
        size += len;
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private MessageTooLargeException tooLarge() {
        reset();
        return new MessageTooLargeException(peer, maxMessageBytes);
    }

    private MalformedFramingException malformed(String expected, int got) {
        reset();
        return new MalformedFramingException(peer, "broken " + framing + " framing from " + peer + ": expected "
                + expected + ", got " + describe(got) + "; the session is out of step and must be reopened");
    }

    private void reset() {
        size = 0;
        matched = 0;
        state = State.START;
    }

    private static String describe(int b) {
        if (b >= 0x20 && b < 0x7f) return "'" + (char) b + "'";
        return String.format("byte 0x%02x", b);
    }
}
