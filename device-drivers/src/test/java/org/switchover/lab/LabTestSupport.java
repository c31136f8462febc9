package org.switchover.lab;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.netconf.ConnectOptions;
import org.switchover.netconf.Credentials;
import org.switchover.netconf.Datastore;
import org.switchover.netconf.HostKeyPolicy;
import org.switchover.netconf.NetconfClient;
import org.switchover.netconf.NetconfSession;
import org.switchover.netconf.RpcError;
import org.switchover.netconf.RpcErrorException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Starts {@link LabFixtures#pair} for each test and opens sessions to it with switchover's own
 * client over real SSH on 127.0.0.1, checking host keys against the lab's known_hosts.
 */
abstract class LabTestSupport {
    static final String OC_IF = "http://openconfig.net/yang/interfaces";
    static final String OC_SYS = "http://openconfig.net/yang/system";

    @TempDir Path dir;
    Lab lab;
    private final List<NetconfSession> sessions = new ArrayList<>();

    LabSpec spec(Path dir) {
        return LabFixtures.pair(dir);
    }

    @BeforeEach
    void startLab() throws Exception {
        lab = Lab.start(spec(dir));
    }

    @AfterEach
    void stopLab() {
        sessions.forEach(NetconfSession::close);
        lab.close();
    }

    ConnectOptions options(String name) {
        return ConnectOptions.of(name, "127.0.0.1", lab.get(name).port(),
                        new Credentials.Password("admin", "lab-secret"), HostKeyPolicy.strict(lab.knownHosts()))
                .withConnectTimeout(Duration.ofSeconds(10)).withRpcTimeout(Duration.ofSeconds(10));
    }

    NetconfSession open(String name) {
        return open(options(name));
    }

    NetconfSession open(ConnectOptions options) {
        NetconfSession s = NetconfClient.connect(options);
        sessions.add(s);
        return s;
    }

    static String hostnamePayload(String name) {
        return "<system xmlns=\"" + OC_SYS + "\"><config><hostname>" + name + "</hostname></config></system>";
    }

    static String runningHostname(NetconfSession s) {
        return text(s.getConfig(Datastore.RUNNING, Optional.of("<system xmlns=\"" + OC_SYS + "\"/>")), "hostname");
    }

    static String text(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    static List<String> texts(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getTextContent().trim());
        return out;
    }

    /** The text of {@code leaf} inside the {@code list} entry whose {@code name} child is {@code key}. */
    static String entryText(Element root, String list, String key, String leaf) {
        NodeList entries = root.getElementsByTagNameNS("*", list);
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            Node name = firstChild(e, "name");
            if (name != null && name.getTextContent().trim().equals(key)) return text(e, leaf);
        }
        return null;
    }

    private static Node firstChild(Element e, String localName) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element && localName.equals(c.getLocalName())) return c;
        }
        return null;
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertRpcError(Runnable call, String tag) {
        return assertThatThrownBy(call::run).isInstanceOfSatisfying(RpcErrorException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.errors()).extracting(RpcError::tag).contains(tag));
    }

    static RpcError rpcError(Runnable call) {
        try {
            call.run();
        } catch (RpcErrorException e) {
            return e.first();
        }
        throw new AssertionError("expected an rpc-error");
    }

    /** Waits until {@code condition} holds, polling, for at most {@code timeout}. */
    static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }
}
