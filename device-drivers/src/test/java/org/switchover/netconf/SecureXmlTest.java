package org.switchover.netconf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SecureXmlTest {

    @Test
    void externalEntityIsRejectedWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><data>&x;</data></rpc-reply>";
        assertThatThrownBy(() -> SecureXml.parse(xxe, "sw1"))
                .isInstanceOf(MalformedXmlException.class)
                .hasMessageContaining("sw1").hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOPSECRET");
    }

    @Test
    void pooledParsersStayHardenedAfterRejectingAndAcceptingDocuments() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><r>&x;</r>";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> SecureXml.parse(xxe, "sw1")).isInstanceOf(MalformedXmlException.class);
            assertThat(SecureXml.parse("<ok/>", "sw1").getDocumentElement().getLocalName()).isEqualTo("ok");
        }
    }

    @Test
    void billionLaughsIsRejected() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String prev = i == 1 ? "lol" : "lol" + (i - 1);
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?>" + dtd + "]><lolz>&lol9;</lolz>";
        long before = System.nanoTime();
        assertThatThrownBy(() -> SecureXml.parse(bomb, "sw1")).isInstanceOf(MalformedXmlException.class);
        assertThat(System.nanoTime() - before).isLessThan(2_000_000_000L);
    }

    @Test
    void depthAndSizeLimitsApply() {
        String deep = "<a>".repeat(50) + "</a>".repeat(50);
        assertThatThrownBy(() -> SecureXml.parse(deep.getBytes(UTF_8), "sw1", new SecureXml.Limits(10_000, 20)))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("deeper than 20");
        assertThat(SecureXml.parse(deep.getBytes(UTF_8), "sw1", new SecureXml.Limits(10_000, 50))
                .getDocumentElement().getLocalName()).isEqualTo("a");
        assertThatThrownBy(() -> SecureXml.parse(deep.getBytes(UTF_8), "sw1", new SecureXml.Limits(100, 100)))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("over the limit of 100");
    }

    @Test
    void garbageNamesLineAndColumn() {
        assertThatThrownBy(() -> SecureXml.parse("<a>\n<b></a>", "sw1"))
                .isInstanceOf(MalformedXmlException.class)
                .hasMessageContaining("line 2").hasMessageContaining("sw1");
    }

    @Test
    void parsesNamespacesAndSerialises() {
        Document d = SecureXml.parse("<data xmlns=\"urn:x\"><v a=\"1\">t &amp; u</v></data>", "sw1");
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("urn:x");
        assertThat(SecureXml.serialize(d.getDocumentElement())).contains("t &amp; u").contains("xmlns=\"urn:x\"");
    }

    @Test
    void escapesMarkup() {
        assertThat(SecureXml.escape("a<b>&\"'")).isEqualTo("a&lt;b&gt;&amp;&quot;&apos;");
        assertThat(SecureXml.escape("plain")).isEqualTo("plain");
    }
}
