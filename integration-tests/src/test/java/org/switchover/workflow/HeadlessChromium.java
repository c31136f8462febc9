package org.switchover.workflow;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver (so nothing is downloaded):
 * loads pages, reads the rendered DOM with small scripts, and takes screenshots.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Skips the calling test, saying why, where Debian's chromium and chromedriver are not installed. */
    static void assumeInstalled() {
        boolean there = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!there) System.out.println("SKIPPED: needs Debian's chromium and chromium-driver (.ci/run installs them)");
        Assumptions.assumeTrue(there, "needs " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
    }

    static HeadlessChromium start(Path profile) {
        return start(profile, true);
    }

    /** With {@code javascript} false, pages run no script of their own (the driver's probes still work). */
    static HeadlessChromium start(Path profile, boolean javascript) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1700", "--user-data-dir=" + profile.toAbsolutePath());
        if (!javascript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return new HeadlessChromium(driver);
    }

    void open(String url) {
        driver.get(url);
    }

    /** Runs {@code script} in the page (atomically, so a part swapped in meanwhile cannot go stale under it). */
    @SuppressWarnings("unchecked")
    <T> T eval(String script) {
        return (T) ((JavascriptExecutor) driver).executeScript(script);
    }

    String text() {
        return eval("return document.body ? document.body.innerText : ''");
    }

    String source() {
        return driver.getPageSource();
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void screenshot(Path png) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
    }

    void screenshotOf(String css, Path png) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, driver.findElement(By.cssSelector(css)).getScreenshotAs(OutputType.BYTES));
    }

    List<String> lines(String script) {
        return eval(script);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
