package org.switchover.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A valid site nobody wrote by hand, drawn from a seed: mixed platforms with each vendor's own port
 * names, an odd topology (one switch, a chain, a ring, parallel cables, a star, dual-homed access,
 * a switch cabled to nothing), and ports of every kind (access, trunks of one or no VLAN, shut,
 * unused). The same seed always gives the same YAML text, so a failure is replayed from its seed.
 *
 * @param seed    what it was drawn from
 * @param yaml    the site file's text
 * @param failed  the device a test fails and replaces
 * @param shape   the topology drawn, for messages
 */
record RandomSite(long seed, String yaml, String failed, String shape) {

    static RandomSite of(long seed) {
        return new Drawing(new Random(seed)).site(seed);
    }

    /** The platforms of the project, as site files name them. */
    static final List<String> PLATFORMS = List.of("openconfig", "ietf", "iosxe", "junos", "eos");

    /** One switch as drawn: its platform, model, role and the ports its cables take. */
    private record Sw(String name, String platform, String role, List<String> linkPorts) {}


    /** A service with its VLANs and where its gateway is. */
    private record Svc(String name, int priority, String gateway, List<Integer> vlans, boolean neverDrop) {}

    /** The random choices of one site, in a fixed order so a seed always draws the same site. */
    private static final class Drawing {
        private final Random r;
        private final Map<String, RandomModel> models = new LinkedHashMap<>();
        private final Map<String, RandomModel> modelOf = new LinkedHashMap<>();
        private final List<Sw> switches = new ArrayList<>();
        private final List<String[]> links = new ArrayList<>();
        private final Map<String, Integer> component = new LinkedHashMap<>();
        private final Map<String, Integer> stems = new LinkedHashMap<>();
        private String defaultPlatform;
        /** Cable ends shut on purpose ("device:port"): a standby cable among parallel ones. */
        private final Set<String> standby = new LinkedHashSet<>();
        private boolean parallel;
        /** A parallel cable pinned to carry no VLAN, if one is. */
        private String[] emptyTrunk;

        Drawing(Random r) {
            this.r = r;
        }

        RandomSite site(long seed) {
            String shape = topology();
            components();
            for (Sw s : switches) modelOf.put(s.name(), model(s));
            List<Svc> services = services();
            int unusedVlan = freeVlan(services);
            StringBuilder y = new StringBuilder();
            y.append("# drawn from seed ").append(seed).append(": ").append(shape).append('\n');
            y.append("site:\n  name: random-").append(seed).append("\n  description: \"").append(shape).append("\"\n\n");
            int mtu = pick(List.of(1500, 1500, 9000, 9100));
            defaultPlatform = pick(PLATFORMS);
            y.append("defaults:\n  platform: ").append(defaultPlatform).append('\n');
            y.append("  credentials:\n    username: admin\n    secret: file:~/.switchover/lab/password\n");
            y.append("  known_hosts: ~/.switchover/lab/known_hosts\n  confirm_timeout: 120s\n");
            if (mtu != 1500 || r.nextBoolean()) y.append("  mtu: ").append(mtu).append('\n');
            y.append("\nmodels:\n");
            for (RandomModel m : models.values()) {
                y.append("  ").append(m.name()).append(":\n");
                y.append("    ports: [").append(String.join(", ", quoted(m.items()))).append("]\n");
                if (!m.uplinks().isEmpty() && r.nextInt(4) > 0) {
                    y.append("    uplinks: [").append(String.join(", ", quoted(m.uplinkItems()))).append("]\n");
                }
            }
            y.append("\nprofiles:\n  desk:\n    description: \"Desk & phone <floor>\"\n  shut:\n    enabled: false\n    description: spare socket\n");
            y.append("\nservices:\n");
            for (Svc s : services) {
                y.append("  ").append(s.name()).append(":\n    priority: ").append(s.priority())
                        .append("\n    description: \"").append(s.name()).append(" users\"\n    gateway: ").append(s.gateway()).append('\n');
                if (s.neverDrop()) y.append("    never_drop: true\n");
            }
            y.append("\nvlans:\n");
            for (Svc s : services) {
                for (int v : s.vlans()) y.append("  - { id: ").append(v).append(", name: ").append(s.name()).append('-').append(v)
                        .append(", service: ").append(s.name()).append(" }\n");
            }
            // a VLAN no port uses, sometimes of no service at all
            y.append("  - { id: ").append(unusedVlan).append(", name: \"unused vlan ").append(unusedVlan).append('"')
                    .append(r.nextBoolean() ? ", service: " + services.get(0).name() : "").append(" }\n");
            y.append("\ndevices:\n");
            int address = 1;
            for (Sw s : switches) device(y, s, services, address++);
            y.append("\nlinks:");
            if (links.isEmpty()) y.append(" []");
            y.append('\n');
            Set<Integer> all = new TreeSet<>();
            services.forEach(s -> all.addAll(s.vlans()));
            for (String[] l : links) {
                y.append("  - { a: \"").append(l[0]).append("\", b: \"").append(l[1]).append('"');
                if (l == emptyTrunk) {
                    // pinned to carry nothing: the other parallel cables carry the VLANs
                    y.append(", vlans: [] }\n");
                    continue;
                }
                // a link pinned to every service VLAN carries at least what the paths need
                if (r.nextInt(8) == 0) y.append(", vlans: [").append(String.join(", ", all.stream().map(String::valueOf).toList())).append(']');
                y.append(" }\n");
            }
            String failed = switches.get(r.nextInt(switches.size())).name();
            return new RandomSite(seed, y.toString(), failed, shape);
        }

        /** Draws the switches and cables; returns the shape's name. */
        private String topology() {
            int kind = r.nextInt(7);
            String shape;
            switch (kind) {
                case 0 -> {
                    add("core", "core");
                    shape = "a single switch";
                }
                case 1 -> {
                    int n = 2 + r.nextInt(4);
                    for (int i = 0; i < n; i++) add(i == 0 ? "core" : "sw", i == 0 ? "core" : i == 1 ? "distribution" : "access");
                    for (int i = 0; i + 1 < n; i++) cable(i, i + 1);
                    shape = "a chain of " + n;
                }
                case 2 -> {
                    int n = 3 + r.nextInt(3);
                    for (int i = 0; i < n; i++) add(i == 0 ? "core" : "ring", i == 0 ? "core" : "distribution");
                    for (int i = 0; i < n; i++) cable(i, (i + 1) % n);
                    shape = "a ring of " + n;
                }
                case 3 -> {
                    add("core", "core");
                    add("acc", "access");
                    int parallel = 2 + r.nextInt(2);
                    for (int i = 0; i < parallel; i++) cable(0, 1);
                    this.parallel = true;
                    shape = parallel + " parallel cables between two switches";
                }
                case 4 -> {
                    add("hub", "core");
                    int leaves = 4 + r.nextInt(4);
                    for (int i = 0; i < leaves; i++) {
                        add("leaf", "access");
                        cable(0, i + 1);
                    }
                    shape = "a star of " + leaves + " leaves";
                }
                case 5 -> {
                    add("dist", "distribution");
                    add("dist", "distribution");
                    boolean core = r.nextBoolean();
                    if (core) {
                        add("core", "core");
                        cable(2, 0);
                        cable(2, 1);
                    }
                    int access = 1 + r.nextInt(3);
                    int first = switches.size();
                    for (int i = 0; i < access; i++) {
                        add("acc", "access");
                        cable(first + i, 0);
                        cable(first + i, 1);
                    }
                    shape = access + " access switches dual-homed to two distribution switches" + (core ? " under a core" : "");
                }
                default -> {
                    add("core", "core");
                    add("acc", "access");
                    cable(0, 1);
                    shape = "two switches";
                }
            }
            if (switches.size() > 1 && r.nextInt(3) == 0 || kind == 6) {
                add("lone", "access");
                shape += " and a switch cabled to nothing";
            }
            return shape;
        }

        private void add(String stem, String role) {
            int n = stems.merge(stem, 1, Integer::sum);
            String name = switch (r.nextInt(4)) {
                case 0 -> stem + n;
                case 1 -> stem.toUpperCase() + "-" + n;
                default -> stem + "-" + n;
            };
            switches.add(new Sw(name, pick(PLATFORMS), role, new ArrayList<>()));
        }

        private void cable(int a, int b) {
            links.add(new String[] {String.valueOf(a), String.valueOf(b)});
        }

        private void components() {
            int next = 0;
            for (Sw s : switches) component.put(s.name(), next++);
            boolean changed = true;
            while (changed) {
                changed = false;
                for (String[] l : links) {
                    String a = switches.get(Integer.parseInt(l[0])).name();
                    String b = switches.get(Integer.parseInt(l[1])).name();
                    int m = Math.min(component.get(a), component.get(b));
                    if (component.get(a) != m || component.get(b) != m) {
                        component.put(a, m);
                        component.put(b, m);
                        changed = true;
                    }
                }
            }
        }

        /** A model of the switch's platform with ports enough for its cables, shared when one fits; assigns the cable ports. */
        private RandomModel model(Sw s) {
            int index = switches.indexOf(s);
            List<String[]> mine = links.stream().filter(l -> l[0].equals(String.valueOf(index)) || l[1].equals(String.valueOf(index))).toList();
            int degree = 0;
            for (String[] l : links) degree += (l[0].equals(String.valueOf(index)) ? 1 : 0) + (l[1].equals(String.valueOf(index)) ? 1 : 0);
            final int needed = degree;
            RandomModel m = models.values().stream().filter(x -> sameNames(x.platform(), s.platform()) && x.ports().size() >= needed + 2)
                    .filter(x -> r.nextBoolean()).findFirst().orElseGet(() -> RandomModel.draw(r, models, s.platform(), needed));
            // cables take uplinks first, then edge ports from the last one down
            List<String> free = new ArrayList<>(m.uplinks());
            List<String> edgeDown = new ArrayList<>(m.edge());
            java.util.Collections.reverse(edgeDown);
            free.addAll(edgeDown);
            int taken = 0;
            for (String[] l : links) {
                for (int end = 0; end < 2; end++) {
                    if (l[end].equals(String.valueOf(index))) {
                        s.linkPorts().add(free.get(taken++));
                    }
                }
            }
            return m;
        }

        /** Can a model of {@code a} serve {@code b}? The generic platforms share port names ({@code eth1}, {@code swp1}). */
        private static boolean sameNames(String a, String b) {
            Set<String> generic = Set.of("openconfig", "ietf");
            return a.equals(b) || generic.contains(a) && generic.contains(b);
        }

        /** Resolves the drawn cables to "device:port" pairs once every switch has its ports. */
        private void resolveLinks() {
            Map<Integer, Integer> used = new LinkedHashMap<>();
            List<String[]> resolved = new ArrayList<>();
            for (String[] l : links) {
                String[] ends = new String[2];
                for (int end = 0; end < 2; end++) {
                    int i = Integer.parseInt(l[end]);
                    int k = used.merge(i, 1, Integer::sum) - 1;
                    ends[end] = switches.get(i).name() + ":" + switches.get(i).linkPorts().get(k);
                }
                resolved.add(r.nextBoolean() ? ends : new String[] {ends[1], ends[0]});
            }
            links.clear();
            links.addAll(resolved);
            if (parallel && r.nextBoolean()) standby.add(links.get(links.size() - 1)[r.nextInt(2)]);
            if (parallel && links.size() >= 3 && r.nextBoolean()) emptyTrunk = links.get(0);
        }

        private List<Svc> services() {
            resolveLinks();
            int count = 1 + r.nextInt(4);
            List<Svc> out = new ArrayList<>();
            Set<Integer> ids = new LinkedHashSet<>();
            List<String> names = List.of("office", "voice", "cctv", "guest-wifi", "building", "lab");
            for (int i = 0; i < count; i++) {
                // mostly a core switch, sometimes any switch (an access switch routing its own VLANs)
                List<Sw> cores = switches.stream().filter(s -> s.role().equals("core")).toList();
                Sw gateway = !cores.isEmpty() && r.nextInt(4) > 0 ? cores.get(0) : pick(switches);
                List<Integer> vlans = new ArrayList<>();
                if (r.nextInt(4) == 0) {
                    // a block of consecutive VLANs, which trunks list as a range
                    int first = 100 * (1 + r.nextInt(30)) + 1 + i * 5;
                    for (int v = first; v < first + 3 + r.nextInt(2); v++) vlans.add(v);
                    ids.addAll(vlans);
                } else {
                    for (int v = 1 + (r.nextInt(4) == 0 ? 1 : 0); v > 0; v--) vlans.add(newVlan(ids));
                }
                out.add(new Svc(names.get(i), 1 + r.nextInt(3), gateway.name(), vlans, r.nextInt(4) == 0));
            }
            return out;
        }

        private int newVlan(Set<Integer> ids) {
            while (true) {
                int k = r.nextInt(20);
                int v = k == 0 ? 4094 : k == 1 ? 2 : k < 4 ? 2 + r.nextInt(4092) : 10 * (1 + r.nextInt(40));
                if (ids.add(v)) return v;
            }
        }

        private int freeVlan(List<Svc> services) {
            Set<Integer> ids = new LinkedHashSet<>();
            services.forEach(s -> ids.addAll(s.vlans()));
            return newVlan(ids);
        }

        private void device(StringBuilder y, Sw s, List<Svc> services, int address) {
            RandomModel m = modelOf.get(s.name());
            // YAML lets the key be quoted, and some people quote every key
            String quote = switch (r.nextInt(6)) {
                case 0 -> "\"";
                case 1 -> "'";
                default -> "";
            };
            y.append("  ").append(quote).append(s.name()).append(quote).append(":\n    role: ").append(s.role());
            // the default platform is left out, as people do, or said again
            if (!s.platform().equals(defaultPlatform) || r.nextBoolean()) y.append("\n    platform: ").append(s.platform());
            y.append("\n    model: ").append(m.name()).append("\n    management: 127.0.0.1:").append(20000 + address).append('\n');
            if (r.nextBoolean()) y.append("    serial: SN").append(1000 + address).append('\n');
            // only services whose gateway this switch can reach have users here
            List<Svc> reachable = services.stream().filter(v -> component.get(v.gateway()).equals(component.get(s.name()))).toList();
            boolean users = !reachable.isEmpty() && (s.role().equals("access") ? r.nextInt(5) > 0 : r.nextInt(3) > 0);
            List<String> lines = new ArrayList<>();
            List<String> ports = m.ports();
            for (int i = 0; i < ports.size(); i++) {
                String p = ports.get(i);
                if (standby.contains(s.name() + ":" + p)) {
                    lines.add(key(p) + ": { mode: trunk, enabled: false, description: \"standby cable, shut\" }");
                    continue;
                }
                if (s.linkPorts().contains(p)) {
                    int k = r.nextInt(6);
                    if (k == 0) lines.add(key(p) + ": { mode: trunk }");
                    else if (k == 1) lines.add(key(p) + ": { mode: trunk, description: \"uplink " + p + "\" }");
                    continue;
                }
                // sometimes a run of ports configured at once by a range key (ge-0/0/2-4, Ethernet49/1-2)
                int run = 1;
                if (r.nextInt(4) == 0) {
                    while (run < 4 && i + run < ports.size() && !s.linkPorts().contains(ports.get(i + run))
                            && next(ports.get(i + run - 1), ports.get(i + run))) run++;
                }
                String k = run == 1 ? key(p) : "\"" + p + "-" + number(ports.get(i + run - 1)) + "\"";
                String value = users ? userPort(reachable) : quietPort();
                if (value != null) lines.add(k + ": " + value);
                i += run - 1;
            }
            if (!lines.isEmpty()) {
                y.append("    ports:\n");
                lines.forEach(l -> y.append("      ").append(l).append('\n'));
            }
        }

        private String userPort(List<Svc> reachable) {
            // the first service is used wherever users are: a service spread across the site
            Svc svc = r.nextInt(3) == 0 ? reachable.get(0) : pick(reachable);
            int k = r.nextInt(20);
            if (k < 8) return "{ vlan: " + pick(svc.vlans()) + (r.nextInt(4) == 0 ? ", mtu: 9000" : "") + " }";
            if (k < 9) return "{ profile: desk, vlan: " + pick(svc.vlans()) + " }";
            if (k < 10) return "{ vlan: " + pick(svc.vlans()) + ", service: " + svc.name() + ", description: phone }";
            if (k < 13 && svc.vlans().size() >= 3) {
                List<Integer> v = svc.vlans();
                return "{ trunk_vlans: \"" + v.get(0) + "-" + v.get(v.size() - 1) + "\", description: \"Bürgerbüro – Raum 1\" }";
            }
            if (k < 12) {
                Set<Integer> vlans = new TreeSet<>();
                vlans.add(pick(svc.vlans()));
                if (r.nextBoolean()) vlans.add(pick(pick(reachable).vlans()));
                return "{ trunk_vlans: [" + String.join(", ", vlans.stream().map(String::valueOf).toList())
                        + "], description: \"AP trunk\" }";
            }
            return quietPort();
        }

        private String quietPort() {
            int k = r.nextInt(10);
            if (k < 4) return null;
            if (k < 6) return "{ profile: shut }";
            if (k < 7) return "{ enabled: false }";
            if (k < 8) return "{ mode: trunk, description: \"server trunk, no VLAN yet\" }";
            if (k < 9) return "{ mode: none, description: \"O'Brien's printer\" }";
            return "{ description: \"reserved\", enabled: false }";
        }

        /** Is {@code b} the port after {@code a} in a range ({@code xe-0/2/0:1} after {@code xe-0/2/0:0})? */
        private static boolean next(String a, String b) {
            return prefix(a).equals(prefix(b)) && Long.parseLong(number(b)) == Long.parseLong(number(a)) + 1;
        }

        private static String number(String port) {
            return port.replaceAll("^.*?(\\d+)$", "$1");
        }

        private static String prefix(String port) {
            return port.substring(0, port.length() - number(port).length());
        }

        private String key(String port) {
            return r.nextBoolean() || port.contains(":") || port.startsWith("1/") ? "\"" + port + "\"" : port;
        }

        private List<String> quoted(List<String> items) {
            return items.stream().map(i -> "\"" + i + "\"").toList();
        }

        private <T> T pick(List<T> from) {
            return from.get(r.nextInt(from.size()));
        }
    }
}
