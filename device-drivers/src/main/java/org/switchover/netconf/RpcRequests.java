package org.switchover.netconf;

import static org.switchover.netconf.SecureXml.escape;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Builds the XML of each typed RPC (the operation element inside {@code <rpc>}) and the rpc envelope. */
public final class RpcRequests {
    private static final String MONITORING_NS = "urn:ietf:params:xml:ns:yang:ietf-netconf-monitoring";
    private static final String YANG_LIBRARY_NS = "urn:ietf:params:xml:ns:yang:ietf-yang-library";
    private static final String BASE_CONFIG_PREFIX = "<config xmlns=\"" + NetconfXml.BASE_NS + "\"";

    private RpcRequests() {}

    /** The full {@code <rpc>} message around {@code operationXml}. */
    public static String envelope(String messageId, String operationXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rpc xmlns=\"" + NetconfXml.BASE_NS + "\" message-id=\""
                + escape(messageId) + "\">" + operationXml + "</rpc>";
    }

    public static String get(Optional<String> subtreeFilter) {
        return "<get>" + filter(subtreeFilter) + "</get>";
    }

    public static String getConfig(Datastore source, Optional<String> subtreeFilter) {
        return "<get-config><source>" + datastore(source) + "</source>" + filter(subtreeFilter) + "</get-config>";
    }

    public static String editConfig(EditConfig e) {
        StringBuilder s = new StringBuilder(e.config().length() + 256)
                .append("<edit-config><target>").append(datastore(e.target())).append("</target>");
        e.defaultOperation().ifPresent(op -> s.append("<default-operation>").append(xmlName(op)).append("</default-operation>"));
        e.testOption().ifPresent(op -> s.append("<test-option>").append(xmlName(op)).append("</test-option>"));
        e.errorOption().ifPresent(op -> s.append("<error-option>").append(xmlName(op)).append("</error-option>"));
        String config = stripDeclaration(e.config());
        if (config.startsWith("<config>") || config.startsWith(BASE_CONFIG_PREFIX)) {
            s.append(config);
        } else {
            s.append("<config>").append(config).append("</config>");
        }
        return s.append("</edit-config>").toString();
    }

    public static String lock(Datastore target) {
        return "<lock><target>" + datastore(target) + "</target></lock>";
    }

    public static String unlock(Datastore target) {
        return "<unlock><target>" + datastore(target) + "</target></unlock>";
    }

    public static String discardChanges() {
        return "<discard-changes/>";
    }

    public static String validate(Datastore source) {
        return "<validate><source>" + datastore(source) + "</source></validate>";
    }

    public static String commit() {
        return "<commit/>";
    }

    public static String commitConfirmed(Duration confirmTimeout, Optional<String> persist) {
        return "<commit><confirmed/><confirm-timeout>" + Math.max(1, confirmTimeout.toSeconds()) + "</confirm-timeout>"
                + persist.map(p -> "<persist>" + escape(p) + "</persist>").orElse("") + "</commit>";
    }

    public static String confirmCommit(Optional<String> persistId) {
        return persistId.map(p -> "<commit><persist-id>" + escape(p) + "</persist-id></commit>").orElse("<commit/>");
    }

    public static String cancelCommit(Optional<String> persistId) {
        return persistId.map(p -> "<cancel-commit><persist-id>" + escape(p) + "</persist-id></cancel-commit>")
                .orElse("<cancel-commit/>");
    }

    public static String copyConfig(Datastore source, Datastore target) {
        return "<copy-config><target>" + datastore(target) + "</target><source>" + datastore(source) + "</source></copy-config>";
    }

    public static String closeSession() {
        return "<close-session/>";
    }

    public static String killSession(long sessionId) {
        return "<kill-session><session-id>" + sessionId + "</session-id></kill-session>";
    }

    public static String getSchema(String identifier, Optional<String> version, String format) {
        return "<get-schema xmlns=\"" + MONITORING_NS + "\"><identifier>" + escape(identifier) + "</identifier>"
                + version.map(v -> "<version>" + escape(v) + "</version>").orElse("")
                + "<format>" + escape(format) + "</format></get-schema>";
    }

    /** A filter for the RFC 8525 YANG library. */
    public static String yangLibraryFilter() {
        return "<yang-library xmlns=\"" + YANG_LIBRARY_NS + "\"/>";
    }

    /** A filter for the older RFC 7895 YANG library, {@code modules-state}. */
    public static String modulesStateFilter() {
        return "<modules-state xmlns=\"" + YANG_LIBRARY_NS + "\"/>";
    }

    private static String filter(Optional<String> subtree) {
        return subtree.map(f -> "<filter type=\"subtree\">" + stripDeclaration(f) + "</filter>").orElse("");
    }

    private static String datastore(Datastore d) {
        return "<" + d.xmlName() + "/>";
    }

    private static String xmlName(Enum<?> option) {
        return option.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Payloads read from files may start with an XML declaration, which is not allowed inside {@code <rpc>}. */
    private static String stripDeclaration(String xml) {
        String t = xml.strip();
        if (t.startsWith("<?xml")) {
            int end = t.indexOf("?>");
            if (end > 0) return t.substring(end + 2).strip();
        }
        return t;
    }
}
