package org.switchover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.driver.ConfigPayload;
import org.switchover.inventory.Device;
import org.switchover.inventory.Site;
import org.switchover.inventory.SiteLoader;
import org.switchover.render.Renderer;

class AuditGoldenCacheTest {

    private static final Path CITY = Path.of("../templates/sites/city/site.yaml");

    @TempDir
    Path dir;

    private final Site city = SiteLoader.defaults().loadOrThrow(CITY);
    private final Renderer renderer = Renderer.builtIn();
    private final AtomicInteger renders = new AtomicInteger();
    private final AuditGoldenSource counting = (site, device) -> {
        renders.incrementAndGet();
        return new AuditRenderedGolden(renderer).golden(site, device);
    };

    private AuditGoldenCache cache(String fingerprint) {
        return new AuditGoldenCache(counting, fingerprint, dir.resolve("golden"));
    }

    @Test
    void anUnchangedSiteIsRenderedOnceAcrossAudits() {
        Device core = city.device("core-1");
        ConfigPayload first = cache("f1").golden(city, core);
        // a later audit: a new cache object and a site loaded afresh from the same file
        ConfigPayload again = cache("f1").golden(SiteLoader.defaults().loadOrThrow(CITY), core);
        assertThat(renders).hasValue(1);
        assertThat(again).isEqualTo(first);
        assertThat(again).isEqualTo(new AuditRenderedGolden(renderer).golden(city, core));
    }

    @Test
    void anyChangeToTheSiteOrTheTemplatesRendersAfresh() {
        Device acc = city.device("acc-1");
        ConfigPayload before = cache("f1").golden(city, acc);
        // another device's entry changed: the whole site is another input
        Site changed = withDevice(city, city.device("acc-2").withCredentials(city.device("acc-2").credentials(), Path.of("/elsewhere/known_hosts")));
        cache("f1").golden(changed, acc);
        assertThat(renders).hasValue(2);
        // the templates or the build changed
        cache("f2").golden(city, acc);
        assertThat(renders).hasValue(3);
        assertThat(cache("f1").golden(city, acc)).isEqualTo(before);
        assertThat(renders).hasValue(3);
    }

    @Test
    void aDamagedEntryIsRenderedAgainAndReplaced() throws Exception {
        Device core = city.device("core-2");
        ConfigPayload good = cache("f1").golden(city, core);
        Path entry;
        try (Stream<Path> s = Files.walk(dir)) {
            entry = s.filter(p -> p.getFileName().toString().equals("core-2.xml")).findFirst().orElseThrow();
        }
        Files.writeString(entry, "switchover-golden 1\ncore-2\n");
        assertThat(cache("f1").golden(city, core)).isEqualTo(good);
        assertThat(renders).hasValue(2);
        assertThat(cache("f1").golden(city, core)).isEqualTo(good);
        assertThat(renders).hasValue(2);
    }

    @Test
    void onlyTheMostRecentlyUsedSitesAreKept() throws Exception {
        Device acc = city.device("acc-3");
        for (int i = 0; i < AuditGoldenCache.KEPT + 3; i++) {
            cache("f" + i).golden(city, acc);
        }
        try (Stream<Path> s = Files.list(dir.resolve("golden"))) {
            assertThat(s.toList()).hasSize(AuditGoldenCache.KEPT);
        }
    }

    @Test
    void anUnusableCacheFolderIsBypassed() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        AuditGoldenCache cache = new AuditGoldenCache(counting, "f1", file.resolve("golden"));
        Device core = city.device("core-1");
        assertThat(cache.golden(city, core)).isEqualTo(new AuditRenderedGolden(renderer).golden(city, core));
        assertThat(renders).hasValue(1);
    }

    private static Site withDevice(Site site, Device device) {
        Map<String, Device> devices = new LinkedHashMap<>(site.devices());
        devices.put(device.name(), device);
        return new Site(site.file(), site.name(), site.description(), site.defaults(), site.models(), devices, site.vlans(),
                site.services(), site.links(), site.suppressions());
    }
}
