package dev.computedesk.azure.yaml;

import dev.computedesk.azure.model.CustomService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compute instance's {@code custom_applications} (azure-ai-ml's {@code CustomApplicationsSchema}: {@code name},
 * {@code type} docker, {@code image.reference}, {@code endpoints[].target/published}, {@code environment_variables},
 * {@code bind_mounts[].source/target}) ↔ ARM's {@code customServices}.
 *
 * <p>The CLI sends every endpoint as {@code http} named {@code connect}, every bind mount read-write and the container
 * privileged. A value the CLI cannot say (another protocol or endpoint name, a read-only mount) is written under a key
 * of the same style ({@code protocol}, {@code name}, {@code read_only}) only when it differs from the CLI's, with a
 * note that {@code az ml} refuses such a file, so that this app's own round trip keeps it (docs/yaml.md).
 */
final class CustomApplicationsYaml {
    private static final String HTTP = "http";
    private static final String CONNECT = "connect";

    private CustomApplicationsYaml() {
    }

    static List<YamlOut> write(List<CustomService> services, List<String> notes) {
        List<YamlOut> out = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            CustomService app = services.get(i);
            String at = "custom_applications[" + i + "]";
            List<YamlOut> endpoints = new ArrayList<>();
            for (CustomService.Endpoint e : app.endpoints() == null ? List.<CustomService.Endpoint>of()
                    : app.endpoints()) {
                YamlOut endpoint = new YamlOut().number("target", e.target()).number("published", e.published());
                if (e.protocol() != null && !HTTP.equals(e.protocol())) {
                    endpoint.text("protocol", e.protocol());
                    notes.add(at + ": protocol " + e.protocol() + " is not a CLI v2 key (az ml sends http and refuses"
                            + " the key); this app reads it");
                }
                if (e.name() != null && !CONNECT.equals(e.name())) {
                    endpoint.text("name", e.name());
                    notes.add(at + ": endpoint name " + e.name() + " is not a CLI v2 key (az ml names every endpoint"
                            + " connect and refuses the key); this app reads it");
                }
                endpoints.add(endpoint);
            }
            Map<String, String> env = new LinkedHashMap<>();
            if (app.environmentVariables() != null) {
                app.environmentVariables().forEach((k, v) -> env.put(k, v == null || v.value() == null ? ""
                        : v.value()));
            }
            List<YamlOut> mounts = new ArrayList<>();
            for (CustomService.Volume v : app.volumes() == null ? List.<CustomService.Volume>of() : app.volumes()) {
                YamlOut mount = new YamlOut().text("source", v.source()).text("target", v.target());
                if (Boolean.TRUE.equals(v.readOnly())) {
                    mount.bool("read_only", true);
                    notes.add(at + ": read_only is not a CLI v2 key (az ml mounts read-write and refuses the key);"
                            + " this app reads it");
                }
                mounts.add(mount);
            }
            if (app.docker() == null || !Boolean.TRUE.equals(app.docker().privileged())) {
                notes.add(at + ": runs unprivileged in Azure; az ml would create it privileged");
            }
            out.add(new YamlOut().text("name", app.name()).text("type", "docker")
                    .object("image", new YamlOut().text("reference", app.image() == null ? null
                            : app.image().reference()))
                    .list("endpoints", endpoints).textMap("environment_variables", env).list("bind_mounts", mounts));
        }
        return out;
    }

    static List<CustomService> read(List<YamlFields> items) {
        List<CustomService> services = new ArrayList<>();
        for (YamlFields in : items) {
            String name = in.text("name");
            String type = in.text("type");
            if (type != null && !"docker".equalsIgnoreCase(type.strip())) {
                in.problem("custom_applications: type '" + type + "' is not docker, the only type the CLI v2 takes,"
                        + " so " + name + " was not used");
                continue;
            }
            YamlFields image = in.object("image");
            String reference = image == null ? null : image.text("reference");
            List<CustomService.Endpoint> endpoints = new ArrayList<>();
            for (YamlFields e : in.list("endpoints")) {
                String protocol = e.text("protocol");
                String endpointName = e.text("name");
                endpoints.add(new CustomService.Endpoint(protocol == null ? HTTP : protocol,
                        endpointName == null ? CONNECT : endpointName, e.integer("target"), e.integer("published"),
                        null));
            }
            Map<String, String> env = in.textMap("environment_variables");
            List<CustomService.Volume> volumes = new ArrayList<>();
            for (YamlFields m : in.list("bind_mounts")) {
                Boolean readOnly = m.bool("read_only");
                volumes.add(CustomService.Volume.bind(m.text("source"), m.text("target"),
                        Boolean.TRUE.equals(readOnly)));
            }
            Map<String, CustomService.EnvironmentVariable> variables = new LinkedHashMap<>();
            env.forEach((k, v) -> variables.put(k, CustomService.EnvironmentVariable.local(v)));
            // What azure-ai-ml's CustomApplications._to_rest_object sends: a privileged Docker container.
            services.add(new CustomService(name, CustomService.Image.docker(reference),
                    variables.isEmpty() ? null : variables, new CustomService.Docker(Boolean.TRUE),
                    List.copyOf(endpoints), volumes.isEmpty() ? null : List.copyOf(volumes)));
        }
        return services;
    }
}
