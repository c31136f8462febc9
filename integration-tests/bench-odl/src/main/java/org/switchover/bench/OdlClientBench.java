package org.switchover.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.opendaylight.netconf.api.messages.NetconfMessage;
import org.opendaylight.netconf.api.xml.XmlUtil;
import org.opendaylight.netconf.client.NetconfClientFactoryImpl;
import org.opendaylight.netconf.client.NetconfClientSession;
import org.opendaylight.netconf.client.SimpleNetconfClientSessionListener;
import org.opendaylight.netconf.client.conf.NetconfClientConfiguration;
import org.opendaylight.netconf.client.conf.NetconfClientConfigurationBuilder;
import org.opendaylight.netconf.common.di.DefaultNetconfTimer;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.crypto.types.rev241010.password.grouping.password.type.CleartextPasswordBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Host;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.netconf.client.rev240814.netconf.client.initiate.stack.grouping.transport.ssh.ssh.SshClientParametersBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.netconf.client.rev240814.netconf.client.initiate.stack.grouping.transport.ssh.ssh.TcpClientParametersBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.ssh.client.rev241010.ssh.client.grouping.ClientIdentityBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.ssh.client.rev241010.ssh.client.grouping.client.identity.PasswordBuilder;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.w3c.dom.Document;

/**
 * The benchmark peer: OpenDaylight's netconf-client 10.0.2 against one device, driven over stdin
 * so the driver can interleave it with our client under the same machine load. Commands:
 * {@code sessions N} (N warm session set-ups: connect, hello, close), {@code rpcs N} (N get-config
 * round trips on one open session), {@code quit}. Each command answers one line of nanosecond
 * timings separated by spaces. Usage: OdlClientBench HOST PORT
 */
public final class OdlClientBench {
    private static final String GET_CONFIG = "<get-config><source><running/></source></get-config>";
    private static final Document REQUEST = parse("<rpc message-id=\"0\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">"
            + GET_CONFIG + "</rpc>");

    private static Document parse(String xml) {
        try {
            return XmlUtil.readXmlToDocument(xml);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (DefaultNetconfTimer timer = new DefaultNetconfTimer();
                NetconfClientFactoryImpl factory = new NetconfClientFactoryImpl(timer)) {
            SimpleNetconfClientSessionListener listener = new SimpleNetconfClientSessionListener();
            NetconfClientSession session = factory.createClient(config(host, port, listener)).get(30, TimeUnit.SECONDS);
            long id = 1;
            try {
                String line;
                while ((line = in.readLine()) != null) {
                    String[] cmd = line.trim().split(" ");
                    if (cmd[0].equals("quit")) break;
                    int n = Integer.parseInt(cmd[1]);
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        long t0 = System.nanoTime();
                        if (cmd[0].equals("sessions")) {
                            oneSession(factory, host, port);
                        } else {
                            getConfig(listener, id++);
                        }
                        out.append(System.nanoTime() - t0).append(' ');
                    }
                    System.out.println(out.toString().trim());
                    System.out.flush();
                }
            } finally {
                session.close();
            }
        }
    }

    private static void oneSession(NetconfClientFactoryImpl factory, String host, int port) throws Exception {
        SimpleNetconfClientSessionListener listener = new SimpleNetconfClientSessionListener();
        NetconfClientSession session = factory.createClient(config(host, port, listener)).get(30, TimeUnit.SECONDS);
        session.close();
    }

    private static void getConfig(SimpleNetconfClientSessionListener listener, long id) throws Exception {
        // One request document, parsed once and given a new message-id each time, so the peer's
        // figure holds no XML parsing of ours.
        REQUEST.getDocumentElement().setAttribute("message-id", Long.toString(id));
        NetconfMessage request = new NetconfMessage(REQUEST);
        NetconfMessage reply = listener.sendRequest(request).get(30, TimeUnit.SECONDS);
        if (!"rpc-reply".equals(reply.getDocument().getDocumentElement().getLocalName())) {
            throw new IllegalStateException("unexpected reply: " + reply);
        }
    }

    private static NetconfClientConfiguration config(String host, int port, SimpleNetconfClientSessionListener listener) {
        return NetconfClientConfigurationBuilder.create()
                .withProtocol(NetconfClientConfiguration.NetconfClientProtocol.SSH)
                .withConnectionTimeoutMillis(30_000)
                .withTcpParameters(new TcpClientParametersBuilder()
                        .setRemoteAddress(new Host(IetfInetUtil.ipAddressFor(host)))
                        .setRemotePort(new PortNumber(Uint16.valueOf(port))).build())
                .withSshParameters(new SshClientParametersBuilder()
                        .setClientIdentity(new ClientIdentityBuilder()
                                .setUsername("admin")
                                .setPassword(new PasswordBuilder()
                                        .setPasswordType(new CleartextPasswordBuilder()
                                                .setCleartextPassword("admin").build())
                                        .build())
                                .build())
                        .build())
                .withSessionListener(listener)
                .build();
    }

}
