package org.switchover.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.switchover.netconf.NetconfSession;
import org.switchover.netconf.RpcError;
import org.switchover.netconf.RpcErrorException;
import org.w3c.dom.Element;

class SubtreeReadsTest {

    private static final String A = "<a xmlns=\"urn:a\"/>";
    private static final String B = "<b xmlns=\"urn:b\"/>";
    private static final String C = "<c xmlns=\"urn:c\"/>";

    private final NetconfSession session = mock(NetconfSession.class);

    private static Element data(String content) {
        return DeviceXml.parse("<data xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">" + content + "</data>", "test");
    }

    private static RpcErrorException refused() {
        return new RpcErrorException("sw1", "1", "get", List.of(RpcError.of("protocol", "operation-failed", "one root only")));
    }

    private static List<String> names(Element data) {
        return DeviceXml.children(data).stream().map(Element::getLocalName).toList();
    }

    private List<String> requests(int count) {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Optional<String>> filters = ArgumentCaptor.forClass(Optional.class);
        verify(session, times(count)).get(filters.capture());
        return filters.getAllValues().stream().map(Optional::orElseThrow).toList();
    }

    @Test
    void advertisedRootsGoInOneRequest() {
        when(session.get(any())).thenReturn(data("<a xmlns=\"urn:a\"><x>1</x></a><b xmlns=\"urn:b\"/>"));

        Element out = new SubtreeReads(session).get(A + B, ns -> true);

        assertThat(names(out)).containsExactly("a", "b");
        assertThat(requests(1)).singleElement().satisfies(f -> assertThat(f).contains("<a").contains("<b"));
    }

    @Test
    void aRootTheDeviceDidNotAdvertiseIsAskedForAloneAndItsRefusalReadsAsNoData() {
        when(session.get(any())).thenAnswer(call -> {
            String filter = call.<Optional<String>>getArgument(0).orElseThrow();
            if (filter.contains("urn:c")) throw refused();
            return data("<a xmlns=\"urn:a\"/><b xmlns=\"urn:b\"/>");
        });

        Element out = new SubtreeReads(session).get(A + C + B, ns -> !ns.equals("urn:c"));

        assertThat(names(out)).containsExactly("a", "b");
        assertThat(requests(2)).satisfiesExactly(
                combined -> assertThat(combined).contains("<a").contains("<b").doesNotContain("<c"),
                alone -> assertThat(alone).contains("<c").doesNotContain("<a"));
    }

    @Test
    void aSessionThatRefusesSeveralRootsIsAskedOneRootAtATimeFromThenOn() {
        when(session.get(any())).thenAnswer(call -> {
            String filter = call.<Optional<String>>getArgument(0).orElseThrow();
            if (filter.contains("urn:a") && filter.contains("urn:b")) throw refused();
            return filter.contains("urn:a") ? data("<a xmlns=\"urn:a\"/>") : data("<b xmlns=\"urn:b\"/>");
        });
        SubtreeReads reads = new SubtreeReads(session);

        assertThat(names(reads.get(A + B, ns -> true))).containsExactly("a", "b");
        assertThat(names(reads.get(A + B, ns -> true))).containsExactly("a", "b");

        // one refused combined request, then one request per root for each of the two reads
        assertThat(requests(5)).filteredOn(f -> f.contains("urn:a") && f.contains("urn:b")).hasSize(1);
    }

    @Test
    void anAdvertisedRootTheDeviceRefusesStillFailsTheRead() {
        when(session.get(any())).thenThrow(refused());

        assertThatThrownBy(() -> new SubtreeReads(session).get(A + B, ns -> true)).isInstanceOf(RpcErrorException.class);
    }
}
