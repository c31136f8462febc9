package org.switchover.workflow;

import org.switchover.workflow.access.CredentialResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchover.plan.Replacement;

class ReplaceRequestTest {

    @Test
    void theJournaledArgumentsGiveBackTheSameRequest() {
        RunSettings settings = RunSettings.defaults().withConfirmTimeout(Duration.ofSeconds(90)).withCheckTimeout(Duration.ofMillis(2500))
                .withParallel(3).withTrustNewHostKeys(true).withAcceptModel(true);
        ReplaceRequest request = new ReplaceRequest(Path.of("/sites/city.yaml"),
                List.of(Replacement.parse("core-1=10.0.0.21:830"), Replacement.parse("dist-1=10.0.0.22:830")), settings);

        ReplaceRequest back = ReplaceRequest.fromArguments(request.arguments());

        assertThat(back).isEqualTo(request);
        assertThat(request.arguments()).contains("--replace", "core-1=10.0.0.21:830", "--trust-new-host-keys", "--accept-model");
        assertThat(ReplaceRequest.fromArguments(new ReplaceRequest(request.siteFile(), request.replacements(), RunSettings.defaults())
                .arguments()).settings().acceptModel()).isFalse();
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertThat(ReplaceRequest.Durations.parse("120s")).isEqualTo(Duration.ofSeconds(120));
        assertThat(ReplaceRequest.Durations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(ReplaceRequest.Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(ReplaceRequest.Durations.parse("45")).isEqualTo(Duration.ofSeconds(45));
        assertThatThrownBy(() -> ReplaceRequest.Durations.parse("soon")).hasMessageContaining("120s");
    }

    @Test
    void persistIdsNameTheRunAndTheStep() {
        assertThat(PersistIds.of(12, "core-1/wave-2/flip")).isEqualTo("switchover-12-core-1-wave-2-flip");
    }

    @Test
    void aSecretIsReadFromTheEnvironmentAtTheEdgeAndNeverShown() {
        var resolver = new CredentialResolver(name -> name.equals("SW_PW") ? "s3cret" : null);
        var creds = resolver.resolve("core-1", new org.switchover.inventory.CredentialRef.Env("admin", "SW_PW"));
        assertThat(creds.toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> resolver.resolve("core-1", new org.switchover.inventory.CredentialRef.Env("admin", "NOPE")))
                .hasMessageContaining("core-1").hasMessageContaining("NOPE").hasMessageNotContaining("s3cret");
    }
}
