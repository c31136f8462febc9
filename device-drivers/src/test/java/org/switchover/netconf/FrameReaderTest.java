package org.switchover.netconf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    private static final String M1 = "<rpc-reply message-id=\"1\"><ok/></rpc-reply>";
    private static final String M2 = "<rpc-reply message-id=\"2\"><data>]]>]] ]]]>]</data></rpc-reply>";

    /** Delivers the stream in two reads split at {@code split}, then byte by byte after a second split. */
    private static InputStream splitAt(byte[] data, int... splits) {
        return new InputStream() {
            int pos;

            @Override
            public int read() {
                return pos < data.length ? data[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= data.length) return -1;
                int end = data.length;
                for (int s : splits) {
                    if (s > pos) {
                        end = Math.min(end, s);
                        break;
                    }
                }
                int n = Math.min(len, end - pos);
                System.arraycopy(data, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    private static byte[] framed(Framing framing, String... messages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameWriter w = new FrameWriter(out);
        w.useFraming(framing);
        for (String m : messages) w.write(m);
        return out.toByteArray();
    }

    private static List<String> readAll(InputStream in, Framing framing, int limit) throws IOException {
        FrameReader r = new FrameReader(in, "sw1", limit);
        r.useFraming(framing);
        List<String> out = new ArrayList<>();
        Optional<byte[]> m;
        while ((m = r.readMessage()).isPresent()) out.add(new String(m.get(), UTF_8));
        return out;
    }

    @Test
    void endOfMessageSurvivesEverySplit() throws IOException {
        byte[] data = framed(Framing.END_OF_MESSAGE, M1, M2);
        for (int i = 0; i <= data.length; i++) {
            for (int j = i; j <= data.length; j += 7) {
                assertThat(readAll(splitAt(data, i, j), Framing.END_OF_MESSAGE, 1 << 20))
                        .as("split at %d and %d", i, j).containsExactly(M1, M2);
            }
        }
    }

    @Test
    void endOfMessageFindsDelimiterAfterPartialMatches() throws IOException {
        byte[] data = "a]]]>]]>b]]>]]]>]]>".getBytes(UTF_8);
        assertThat(readAll(new ByteArrayInputStream(data), Framing.END_OF_MESSAGE, 100)).containsExactly("a]", "b]]>]");
    }

    @Test
    void chunkedSurvivesEverySplitWithManyChunks() throws IOException {
        // M2 split into chunks of 1, 3, 10 and the rest, as a server is free to do.
        byte[] body = M2.getBytes(UTF_8);
        String manual = "\n#1\n" + M2.charAt(0) + "\n#3\n" + M2.substring(1, 4) + "\n#10\n" + M2.substring(4, 14)
                + "\n#" + (body.length - 14) + "\n" + M2.substring(14) + "\n##\n";
        byte[] data = concat(framed(Framing.CHUNKED, M1), manual.getBytes(UTF_8));
        for (int i = 0; i <= data.length; i++) {
            for (int j = i; j <= data.length; j++) {
                assertThat(readAll(splitAt(data, i, j), Framing.CHUNKED, 1 << 20))
                        .as("split at %d and %d", i, j).containsExactly(M1, M2);
            }
        }
    }

    @Test
    void chunkedByteByByte() throws IOException {
        byte[] data = framed(Framing.CHUNKED, M1, M2, M1);
        int[] everyByte = new int[data.length];
        for (int i = 0; i < data.length; i++) everyByte[i] = i + 1;
        assertThat(readAll(splitAt(data, everyByte), Framing.CHUNKED, 1 << 20)).containsExactly(M1, M2, M1);
    }

    @Test
    void switchesFromEndOfMessageToChunkedAfterHello() throws IOException {
        byte[] data = concat(framed(Framing.END_OF_MESSAGE, "<hello/>"), framed(Framing.CHUNKED, M1));
        FrameReader r = new FrameReader(splitAt(data, 3, 12, 14), "sw1", 1000);
        assertThat(new String(r.readMessage().orElseThrow(), UTF_8)).isEqualTo("<hello/>");
        r.useFraming(Framing.CHUNKED);
        assertThat(new String(r.readMessage().orElseThrow(), UTF_8)).isEqualTo(M1);
        assertThat(r.readMessage()).isEmpty();
    }

    @Test
    void pushDecoderSwitchesFramingFromInsideTheSinkAtEverySplit() throws IOException {
        byte[] data = concat(framed(Framing.END_OF_MESSAGE, "<hello/>"), framed(Framing.CHUNKED, M1, M2));
        for (int split = 0; split <= data.length; split++) {
            FrameDecoder d = new FrameDecoder("sw1", 1000);
            List<String> got = new ArrayList<>();
            java.util.function.Consumer<byte[]> sink = m -> {
                got.add(new String(m, UTF_8));
                d.useFraming(Framing.CHUNKED);
            };
            d.feed(data, 0, split, sink);
            d.feed(data, split, data.length - split, sink);
            assertThat(got).as("split at %d", split).containsExactly("<hello/>", M1, M2);
            assertThat(d.midMessage()).isFalse();
        }
    }

    @Test
    void oversizedMessagesAreRefusedInBothFramings() throws IOException {
        String big = "<data>" + "x".repeat(200) + "</data>";
        for (Framing f : Framing.values()) {
            byte[] data = framed(f, big);
            assertThatThrownBy(() -> readAll(new ByteArrayInputStream(data), f, 100))
                    .isInstanceOf(MessageTooLargeException.class)
                    .hasMessageContaining("sw1").hasMessageContaining("100 bytes");
            assertThat(readAll(new ByteArrayInputStream(data), f, big.length())).containsExactly(big);
        }
    }

    @Test
    void oversizedChunkIsRefusedBeforeReadingIt() {
        byte[] data = "\n#4294967295\nabc".getBytes(UTF_8);
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(data), Framing.CHUNKED, 1000))
                .isInstanceOf(MessageTooLargeException.class);
    }

    @Test
    void brokenChunkHeadersAreMalformedFraming() {
        for (String bad : List.of("\n#0\nx\n##\n", "\n#01\nx\n##\n", "\n#x\n", "\n##\n", "<rpc-reply/>]]>]]>",
                "\n#1\nxy\n##\n", "\n#12345678901\n", "\n#4294967296\n")) {
            assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bad.getBytes(UTF_8)), Framing.CHUNKED, 1 << 30))
                    .as(bad).isInstanceOf(MalformedFramingException.class)
                    .isNotInstanceOf(MessageTooLargeException.class)
                    .hasMessageContaining("sw1").hasMessageContaining("reopened");
        }
    }

    @Test
    void streamEndingInsideAMessageIsADroppedSession() {
        for (Framing f : Framing.values()) {
            byte[] whole = Arrays.copyOf(new byte[0], 0);
            try {
                whole = framed(f, M1);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            byte[] cut = Arrays.copyOf(whole, whole.length - 3);
            assertThatThrownBy(() -> readAll(new ByteArrayInputStream(cut), f, 1000))
                    .isInstanceOf(SessionDroppedException.class).hasMessageContaining("sw1");
        }
    }

    @Test
    void cleanEndBetweenMessagesIsEmpty() throws IOException {
        FrameReader r = new FrameReader(new ByteArrayInputStream("\n".getBytes(UTF_8)), "sw1", 10);
        assertThat(r.readMessage()).isEmpty();
    }

    @Test
    void writerRefusesEmptyChunkedMessage() {
        assertThatThrownBy(() -> FrameWriter.frame(new byte[0], Framing.CHUNKED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new String(FrameWriter.frame("ab".getBytes(UTF_8), Framing.CHUNKED), UTF_8)).isEqualTo("\n#2\nab\n##\n");
        assertThat(new String(FrameWriter.frame("ab".getBytes(UTF_8), Framing.END_OF_MESSAGE), UTF_8)).isEqualTo("ab]]>]]>");
    }

    @Test
    void negotiationPicksChunkedOnlyWhenBothOfferBase11() {
        Capabilities both = Capabilities.of(Capabilities.BASE_10, Capabilities.BASE_11);
        Capabilities old = Capabilities.of(Capabilities.BASE_10);
        assertThat(Framing.negotiate(both, both)).isEqualTo(Framing.CHUNKED);
        assertThat(Framing.negotiate(both, old)).isEqualTo(Framing.END_OF_MESSAGE);
        assertThat(Framing.negotiate(old, both)).isEqualTo(Framing.END_OF_MESSAGE);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
