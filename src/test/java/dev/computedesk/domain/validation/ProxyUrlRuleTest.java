package dev.computedesk.domain.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProxyUrlRuleTest {
    private final ProxyUrlRule rule = new ProxyUrlRule();

    @Test
    void acceptsASchemeAHostAndAPort() {
        assertThat(rule.validate("http://proxy.corp.example:8080").isValid()).isTrue();
        assertThat(rule.validate(" https://10.0.0.1:3128/ ").isValid()).isTrue();
    }

    @Test
    void saysWhatIsMissingOrWrong() {
        assertThat(rule.validate("").message()).startsWith("Enter the proxy's URL");
        assertThat(rule.validate("proxy:8080").message()).startsWith("Start with http:// or https://");
        assertThat(rule.validate("socks5://proxy:1080").message()).startsWith("Start with http://");
        assertThat(rule.validate("http://exa mple:80").message()).startsWith("This is not a URL");
        assertThat(rule.validate("http://proxy.corp").message()).isEqualTo("Add the proxy's port, such as :8080.");
        assertThat(rule.validate("http://me:secret@proxy:8080").message()).contains("never holds a password");
        assertThat(rule.validate("http://proxy:8080/pac?x=1").message()).contains("no path or query");
    }
}
