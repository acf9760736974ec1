package dev.computedesk.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.computedesk.azure.model.ArmError;
import dev.computedesk.azure.model.DatabricksSettings;
import dev.computedesk.azure.model.KubernetesSettings;
import dev.computedesk.azure.model.SslConfiguration;
import dev.computedesk.azure.model.UserAccountCredentials;
import dev.computedesk.azure.model.VirtualMachineSshCredentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Readable ARM errors, the principal from a token, and secrets kept out of {@code toString()}. */
class ErrorsAndPrincipalTest {

    @Test
    void messageReadsCodeMessageAndRequestId() {
        ArmException e = new ArmException(409, new ArmError("Conflict", "The compute is Stopping.", "ci-a",
                List.of(ArmError.of("Inner", "x")), null), "req-1", "corr-1", null);
        assertThat(e.getMessage()).isEqualTo("Conflict: The compute is Stopping. (request id req-1)");
        assertThat(e.target()).isEqualTo("ci-a");
        assertThat(e.details()).hasSize(1);
        assertThat(e.correlationId()).isEqualTo("corr-1");
        assertThat(new ArmException(503, null, null, null, null).getMessage()).isEqualTo("ServiceUnavailable: HTTP 503");
    }

    @Test
    void forbiddenNamesTheMissingPermission() {
        ArmException e = new ArmException(403, ArmError.of("AuthorizationFailed", "The client 'dana' with object id "
                + "'x' does not have authorization to perform action "
                + "'Microsoft.MachineLearningServices/workspaces/computes/write' over scope '/subscriptions/s'."),
                "r", null, null);
        assertThat(e.missingPermission()).isEqualTo("Microsoft.MachineLearningServices/workspaces/computes/write");
        ArmException vague = new ArmException(403, ArmError.of("Forbidden", "Access denied."), null, null, null);
        assertThat(vague.missingPermission()).isNull();
        assertThat(vague.getMessage()).contains("lacks a permission");
    }

    @Test
    void authenticationRequiredIsAnArmException() {
        ArmException e = new AuthenticationRequiredException(401, ArmError.of("InvalidAuthenticationToken", "expired"),
                "r", null, null);
        assertThat(e).isInstanceOf(ArmException.class);
        assertThat(e.httpStatus()).isEqualTo(401);
    }

    private static String jwt(String claims) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        return b.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    @Test
    void principalFromTokenClaims() {
        Principal p = Principal.fromAccessToken(jwt("{\"oid\":\"o-1\",\"tid\":\"t-1\",\"name\":\"Dana\"}"));
        assertThat(p).isEqualTo(new Principal("o-1", "t-1", "Dana"));
        assertThat(Principal.fromAccessToken(jwt("{\"oid\":\"o-2\",\"tid\":\"t\",\"upn\":\"sp@x\"}")).name())
                .isEqualTo("sp@x");
        assertThatThrownBy(() -> Principal.fromAccessToken("not-a-jwt")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Principal.fromAccessToken(jwt("{\"tid\":\"t\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oid");
        assertThatThrownBy(() -> Principal.fromAccessToken("a.%%%.b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("%%%");
    }

    @Test
    void requestRecordsMaskTheirSecrets() {
        assertThat(new UserAccountCredentials("azureuser", "ssh-rsa AAA", "Pw-1").toString())
                .doesNotContain("Pw-1").contains("azureuser");
        assertThat(new VirtualMachineSshCredentials("u", "Pw-2", "ssh-rsa AAA", "PRIVATE-3").toString())
                .doesNotContain("Pw-2").doesNotContain("PRIVATE-3");
        assertThat(new DatabricksSettings("dapi-4", "https://adb").toString()).doesNotContain("dapi-4");
        assertThat(new KubernetesSettings("Endpoint=sb://relay;SharedAccessKey=5", "Endpoint=sb://bus;Key=6", null,
                null, null, "default", null, null).toString()).doesNotContain("SharedAccessKey").doesNotContain("Key=6");
        assertThat(new SslConfiguration("Enabled", "CERT-7", "KEY-8", null, null, null).toString())
                .doesNotContain("CERT-7").doesNotContain("KEY-8");
    }
}
