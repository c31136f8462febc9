package org.switchover.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads hand-written device XML from test resources. */
public final class Fixtures {

    private Fixtures() {}

    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static YangData data(String resource) {
        return YangData.root(DeviceXml.parse(text(resource), resource));
    }

    public static YangData xml(String xml) {
        return YangData.root(DeviceXml.parse(xml, "test XML"));
    }
}
