package org.switchover.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The confirmed-commit scenarios driven by Debian's python3-ncclient, a client nobody here wrote:
 * lock, edit the candidate, validate, commit confirmed, confirm (in the same session and, with
 * persist, from another one), and a confirmed commit left to time out that rolls back.
 */
class NcclientInteropTest extends LabTestSupport {
    private static final String PYTHON = "/usr/bin/python3";

    @BeforeAll
    static void ncclientInstalled() throws Exception {
        boolean present = Files.isExecutable(Path.of(PYTHON))
                && new ProcessBuilder(PYTHON, "-c", "import ncclient").start().waitFor() == 0;
        if (!present) System.out.println("NcclientInteropTest skipped: " + PYTHON + " with python3-ncclient is missing (apt-get install -y python3-ncclient; .ci/run does)");
        assumeTrue(present, "python3-ncclient missing");
    }

    private String hostKeyB64(String name) throws IOException {
        String prefix = "[127.0.0.1]:" + lab.get(name).port() + " ";
        String line = Files.readAllLines(lab.knownHosts()).stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
        return line.split(" ")[2];
    }

    private List<String> run(String scenario) throws Exception {
        Path script = dir.resolve("confirmed_commit.py");
        try (InputStream in = getClass().getResourceAsStream("/ncclient/confirmed_commit.py")) {
            Files.write(script, in.readAllBytes());
        }
        ProcessBuilder pb = new ProcessBuilder(PYTHON, script.toString(), Integer.toString(lab.get("a").port()), hostKeyB64("a"), scenario)
                .redirectErrorStream(true);
        pb.environment().put("LAB_USER", "admin");
        pb.environment().put("LAB_PASSWORD", "lab-secret");
        Process p = pb.start();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) p.destroyForcibly();
        assertThat(done).as("ncclient script finished; output:\n" + out).isTrue();
        assertThat(p.exitValue()).as("ncclient script exit code; output:\n" + out).isZero();
        return out.lines().filter(l -> l.startsWith("STEP ")).map(l -> l.substring(5)).toList();
    }

    @Test
    void lockEditValidateCommitConfirmedAndConfirm() throws Exception {
        assertThat(run("confirm")).containsExactly(
                "confirmed-commit-capability True",
                "validated nc-confirmed",
                "running-after-commit nc-confirmed",
                "running-after-confirm nc-confirmed");
        assertThat(lab.get("a").store().confirmedCommitPending()).isFalse();
        assertThat(lab.get("a").hostname()).isEqualTo("nc-confirmed");
    }

    @Test
    void persistedConfirmedCommitIsConfirmedFromASecondSession() throws Exception {
        assertThat(run("persist")).containsExactly(
                "confirmed-commit-capability True",
                "validated nc-persisted",
                "running-after-commit nc-persisted",
                "running-in-second-session nc-persisted",
                "running-after-confirm nc-persisted");
        assertThat(lab.get("a").store().confirmedCommitPending()).isFalse();
    }

    @Test
    void confirmedCommitLeftToTimeOutRollsBack() throws Exception {
        assertThat(run("timeout")).containsExactly(
                "confirmed-commit-capability True",
                "validated nc-temporary",
                "running-after-commit nc-temporary",
                "running-after-timeout core-a");
        assertThat(lab.get("a").hostname()).isEqualTo("core-a");
    }
}
