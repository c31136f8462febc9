package org.switchover.netconf;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded randomized decoding: messages of both framings, sent as random chunk series and read back
 * through random read sizes, come out byte for byte as sent. The seed (property
 * {@code switchover.seed}, default fixed) is printed in every failure so a run can be replayed.
 */
class FrameDecodingRandomTest {

    private static final long SEED = Long.getLong("switchover.seed", 20261203L);
    private static final int ROUNDS = 300;
    /** Bytes that stress the end-of-message search: partial delimiters, brackets, newlines, hashes. */
    private static final byte[] ALPHABET = "]]]>>#\n <a/>xyz0123456789".getBytes(ISO_8859_1);

    @Test
    void bothFramingsDecodeWhateverTheChunkingOfTheMessagesAndOfTheReads() throws IOException {
        for (int round = 0; round < ROUNDS; round++) {
            long seed = SEED + round;
            Random random = new Random(seed);
            for (Framing framing : Framing.values()) {
                List<byte[]> messages = new ArrayList<>();
                int count = 1 + random.nextInt(5);
                for (int i = 0; i < count; i++) messages.add(message(random, framing));
                byte[] stream = encode(messages, framing, random);
                String replay = "seed " + seed + " (replay with -Dswitchover.seed=" + seed + "), framing " + framing
                        + ", stream " + printable(stream);

                assertThat(decodeByFeeding(stream, framing, random)).as(replay).containsExactlyElementsOf(text(messages));
                assertThat(decodeByReading(stream, framing, random)).as(replay).containsExactlyElementsOf(text(messages));
            }
        }
    }

    /** A message that starts with '<' (leading whitespace between messages is skipped) and, in base:1.0, is unambiguous. */
    private static byte[] message(Random random, Framing framing) {
        while (true) {
            int length = random.nextInt(random.nextBoolean() ? 12 : 300);
            byte[] m = new byte[1 + length];
            m[0] = '<';
            for (int i = 1; i < m.length; i++) {
                m[i] = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : ALPHABET[random.nextInt(ALPHABET.length)];
            }
            if (framing == Framing.CHUNKED) return m;
            // base:1.0 ends a message at the first delimiter: the body must not make one earlier
            String s = new String(m, ISO_8859_1) + "]]>]]>";
            if (s.indexOf("]]>]]>") == m.length) return m;
        }
    }

    /** The messages framed, base:1.1 ones as a random series of chunks, with stray whitespace between messages. */
    private static byte[] encode(List<byte[]> messages, Framing framing, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] m : messages) {
            if (random.nextInt(4) == 0) out.writeBytes("\n \r\n".substring(random.nextInt(4)).getBytes(ISO_8859_1));
            if (framing == Framing.END_OF_MESSAGE) {
                out.writeBytes(FrameWriter.frame(m, framing));
                continue;
            }
            int at = 0;
            while (at < m.length) {
                int size = 1 + random.nextInt(Math.min(m.length - at, random.nextBoolean() ? 3 : 200));
                out.writeBytes(("\n#" + size + "\n").getBytes(ISO_8859_1));
                out.write(m, at, size);
                at += size;
            }
            out.writeBytes("\n##\n".getBytes(ISO_8859_1));
        }
        return out.toByteArray();
    }

    private static List<String> decodeByFeeding(byte[] stream, Framing framing, Random random) {
        FrameDecoder decoder = new FrameDecoder("test", 1 << 20);
        decoder.useFraming(framing);
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at < stream.length) {
            int n = Math.min(stream.length - at, 1 + random.nextInt(random.nextBoolean() ? 4 : 64));
            decoder.feed(stream, at, n, m -> out.add(new String(m, ISO_8859_1)));
            at += n;
        }
        assertThat(decoder.midMessage()).isFalse();
        return out;
    }

    private static List<String> decodeByReading(byte[] stream, Framing framing, Random random) throws IOException {
        FrameReader reader = new FrameReader(randomReads(stream, new Random(random.nextLong())), "test", 1 << 20);
        reader.useFraming(framing);
        List<String> out = new ArrayList<>();
        for (Optional<byte[]> m = reader.readMessage(); m.isPresent(); m = reader.readMessage()) out.add(new String(m.get(), ISO_8859_1));
        return out;
    }

    /** Serves {@code data} in reads of random length, as a network would. */
    private static InputStream randomReads(byte[] data, Random random) {
        return new InputStream() {
            int pos;

            @Override
            public int read() {
                return pos < data.length ? data[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= data.length) return -1;
                int n = Math.min(Math.min(len, data.length - pos), 1 + random.nextInt(random.nextBoolean() ? 3 : 97));
                System.arraycopy(data, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    private static List<String> text(List<byte[]> messages) {
        return messages.stream().map(m -> new String(m, ISO_8859_1)).toList();
    }

    private static String printable(byte[] stream) {
        String s = new String(stream, ISO_8859_1).replace("\n", "\\n").replace("\r", "\\r");
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }
}
