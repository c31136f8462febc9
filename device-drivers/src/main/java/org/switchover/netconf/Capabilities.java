package org.switchover.netconf;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The capability URIs a peer advertised in its hello, with the questions a client asks of them. */
public record Capabilities(Set<String> uris) {

    public static final String BASE_10 = "urn:ietf:params:netconf:base:1.0";
    public static final String BASE_11 = "urn:ietf:params:netconf:base:1.1";
    public static final String CANDIDATE = "urn:ietf:params:netconf:capability:candidate:1.0";
    public static final String CONFIRMED_COMMIT_11 = "urn:ietf:params:netconf:capability:confirmed-commit:1.1";
    public static final String CONFIRMED_COMMIT_10 = "urn:ietf:params:netconf:capability:confirmed-commit:1.0";
    public static final String VALIDATE_11 = "urn:ietf:params:netconf:capability:validate:1.1";
    public static final String VALIDATE_10 = "urn:ietf:params:netconf:capability:validate:1.0";
    public static final String ROLLBACK_ON_ERROR = "urn:ietf:params:netconf:capability:rollback-on-error:1.0";
    public static final String WRITABLE_RUNNING = "urn:ietf:params:netconf:capability:writable-running:1.0";
    public static final String STARTUP = "urn:ietf:params:netconf:capability:startup:1.0";
    public static final String YANG_LIBRARY_10 = "urn:ietf:params:netconf:capability:yang-library:1.0";
    public static final String YANG_LIBRARY_11 = "urn:ietf:params:netconf:capability:yang-library:1.1";
    public static final String MONITORING_NS = "urn:ietf:params:xml:ns:yang:ietf-netconf-monitoring";

    /** A YANG module advertised as {@code namespace?module=NAME&revision=DATE&features=...&deviations=...}. */
    public record Module(String namespace, String name, Optional<String> revision, List<String> features,
            List<String> deviations) {
        public Module {
            features = ImmutableList.copyOf(features);
            deviations = ImmutableList.copyOf(deviations);
        }
    }

    public Capabilities {
        uris = ImmutableSet.copyOf(uris);
    }

    public static Capabilities of(String... uris) {
        return new Capabilities(ImmutableSet.copyOf(uris));
    }

    /** What a client sends: base 1.0 and 1.1, so framing is chunked whenever the server can. */
    public static Capabilities client() {
        return of(BASE_10, BASE_11);
    }

    /** True when {@code uri} was advertised, ignoring any {@code ?parameters} on the advertised URI. */
    public boolean has(String uri) {
        if (uris.contains(uri)) return true;
        for (String u : uris) {
            int q = u.indexOf('?');
            if (q > 0 && u.regionMatches(0, uri, 0, q) && uri.length() == q) return true;
        }
        return false;
    }

    public boolean base10() {
        return has(BASE_10);
    }

    public boolean base11() {
        return has(BASE_11);
    }

    public boolean candidate() {
        return has(CANDIDATE);
    }

    /** :confirmed-commit in either version; persist and persist-id need {@link #confirmedCommit11()}. */
    public boolean confirmedCommit() {
        return has(CONFIRMED_COMMIT_11) || has(CONFIRMED_COMMIT_10);
    }

    public boolean confirmedCommit11() {
        return has(CONFIRMED_COMMIT_11);
    }

    public boolean validate() {
        return has(VALIDATE_11) || has(VALIDATE_10);
    }

    public boolean rollbackOnError() {
        return has(ROLLBACK_ON_ERROR);
    }

    public boolean writableRunning() {
        return has(WRITABLE_RUNNING);
    }

    public boolean startup() {
        return has(STARTUP);
    }

    public boolean yangLibrary() {
        return has(YANG_LIBRARY_10) || has(YANG_LIBRARY_11);
    }

    /** RFC 7950 section 5.6.4: a server announcing yang-library:1.0 but not 1.1 serves RFC 7895 {@code modules-state}. */
    public boolean modulesStateLibrary() {
        return has(YANG_LIBRARY_10) && !has(YANG_LIBRARY_11);
    }

    /** The YANG modules advertised as capabilities (YANG 1.1 modules are only in ietf-yang-library). */
    public List<Module> modules() {
        ImmutableList.Builder<Module> modules = ImmutableList.builder();
        for (String uri : uris) {
            parseModule(uri).ifPresent(modules::add);
        }
        return modules.build();
    }

    public Optional<Module> module(String name) {
        return modules().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public boolean hasModule(String name) {
        return module(name).isPresent();
    }

    /** The module a capability URI names, or empty when it names none. */
    static Optional<Module> parseModule(String uri) {
        int q = uri.indexOf('?');
        if (q <= 0) return Optional.empty();
        String name = null;
        String revision = null;
        List<String> features = List.of();
        List<String> deviations = List.of();
        for (String param : uri.substring(q + 1).split("&")) {
            int eq = param.indexOf('=');
            if (eq < 0) continue;
            String key = param.substring(0, eq).trim();
            String value = param.substring(eq + 1).trim();
            switch (key) {
                case "module" -> name = value;
                case "revision" -> revision = value;
                case "features" -> features = splitList(value);
                case "deviations" -> deviations = splitList(value);
                default -> { }
            }
        }
        if (name == null || name.isEmpty()) return Optional.empty();
        return Optional.of(new Module(uri.substring(0, q), name,
                Optional.ofNullable(revision).filter(r -> !r.isEmpty()), features, deviations));
    }

    private static List<String> splitList(String value) {
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }
}
