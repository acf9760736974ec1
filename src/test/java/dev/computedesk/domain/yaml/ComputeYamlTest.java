package dev.computedesk.domain.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComputeYamlTest {

    private static Map<String, Object> cluster() {
        Map<String, Object> ssh = new LinkedHashMap<>();
        ssh.put("admin_username", "azureuser");
        ssh.put("admin_password", "S3cret: #1");
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("$schema", "https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json");
        yaml.put("name", "cpu-cluster");
        yaml.put("type", "amlcompute");
        yaml.put("size", "STANDARD_DS3_v2");
        yaml.put("min_instances", 0);
        yaml.put("max_instances", 4);
        yaml.put("idle_time_before_scale_down", 120);
        yaml.put("tier", "dedicated");
        yaml.put("ssh_public_access_enabled", true);
        yaml.put("ssh_settings", ssh);
        yaml.put("description", "Team's cluster: nightly jobs");
        yaml.put("tags", Map.of());
        return yaml;
    }

    @Test
    void rendersInTheGivenOrderAndMasksSecrets() {
        assertThat(ComputeYaml.render(cluster(), ComputeYaml.DEFAULT_SECRET_KEYS)).isEqualTo(
                "$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json\n"
                        + "name: cpu-cluster\n"
                        + "type: amlcompute\n"
                        + "size: STANDARD_DS3_v2\n"
                        + "min_instances: 0\n"
                        + "max_instances: 4\n"
                        + "idle_time_before_scale_down: 120\n"
                        + "tier: dedicated\n"
                        + "ssh_public_access_enabled: true\n"
                        + "ssh_settings:\n"
                        + "  admin_username: azureuser\n"
                        + "  admin_password: \"********\"\n"
                        + "description: \"Team's cluster: nightly jobs\"\n"
                        + "tags: {}\n");
    }

    @Test
    void listsOfMaps() {
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("action", "stop");
        schedule.put("trigger", new LinkedHashMap<>(Map.of("type", "cron")));
        schedule.put("days", List.of("mon", "no"));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schedules", Map.of("compute_start_stop", List.of(schedule)));
        assertThat(ComputeYaml.render(doc)).isEqualTo(
                "schedules:\n"
                        + "  compute_start_stop:\n"
                        + "    - action: stop\n"
                        + "      trigger:\n"
                        + "        type: cron\n"
                        + "      days:\n"
                        + "        - mon\n"
                        + "        - \"no\"\n");
    }

    @Test
    void readsBackAsTheSameDataUnmasked() throws Exception {
        Map<String, Object> doc = cluster();
        doc.put("odd", List.of("", "123", "true", "a: b", "x #y", "line\nbreak", "tab\there", "back\\slash \"q\"", "trailing "));
        String yaml = ComputeYaml.render(doc);
        Object parsed = new ObjectMapper(new YAMLFactory()).readValue(yaml, Object.class);
        assertThat(parsed).isEqualTo(doc);
    }

    @Test
    void scalarsQuoteOnlyWhenNeeded() {
        assertThat(ComputeYaml.scalar("Pacific Standard Time")).isEqualTo("Pacific Standard Time");
        assertThat(ComputeYaml.scalar("PT5M")).isEqualTo("PT5M");
        assertThat(ComputeYaml.scalar("off")).isEqualTo("\"off\"");
        assertThat(ComputeYaml.scalar("50000")).isEqualTo("\"50000\"");
        assertThat(ComputeYaml.scalar("-x")).isEqualTo("\"-x\"");
        assertThat(ComputeYaml.render(Map.of())).isEqualTo("{}\n");
    }
}
