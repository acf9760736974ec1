package dev.computedesk.ui.compute;

import dev.computedesk.azure.model.ComputeInstanceApplication;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.ComputeState;
import dev.computedesk.domain.ssh.SshAvailability;
import dev.computedesk.domain.ssh.SshHostAlias;
import dev.computedesk.domain.ssh.SshTarget;
import dev.computedesk.domain.ssh.VsCodeRemote;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.InstanceSsh;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The applications of a compute instance as Studio's Applications column offers them (docs/applications.md): the web
 * applications ARM lists in {@code applications[]}, under Studio's labels where Microsoft documents them, plus
 * "VS Code (Desktop)", which opens VS Code Remote-SSH on the host the SSH helper writes to {@code ~/.ssh/config}.
 * Known applications come in Studio's order, the rest (custom applications) after them as ARM lists them. All are
 * disabled, with the reason, while the instance is not running; a failed instance has none.
 */
public final class InstanceApplications {

    static final String JUPYTER_LAB = "JupyterLab";
    static final String JUPYTER = "Jupyter";
    static final String VS_CODE_WEB = "VS Code (Web)";
    static final String VS_CODE_DESKTOP = "VS Code (Desktop)";
    static final String TERMINAL = "Terminal";
    static final String RSTUDIO = "RStudio";

    /** Studio's labels in the order its Applications column shows them. */
    private static final List<String> STUDIO_ORDER =
            List.of(JUPYTER_LAB, JUPYTER, VS_CODE_WEB, VS_CODE_DESKTOP, TERMINAL, RSTUDIO);

    /**
     * ARM's names (lower-cased, without spaces) of the applications Studio labels otherwise. Real ARM sends
     * "Jupyter Lab" (docs/arm.md); the other spellings are the same applications written as Studio writes them.
     */
    private static final Map<String, String> STUDIO_LABELS = Map.of(
            "jupyterlab", JUPYTER_LAB,
            "jupyter", JUPYTER,
            "vscode", VS_CODE_WEB,
            "vscode(web)", VS_CODE_WEB,
            "terminal", TERMINAL,
            "rstudio", RSTUDIO);

    private InstanceApplications() {
    }

    /**
     * The application buttons of {@code compute}: none for anything but a compute instance, and none for a failed
     * one (there is nothing to open).
     *
     * @param workspaceName the workspace the instance belongs to (it names the SSH host alias)
     */
    public static List<ApplicationLink> of(ComputeResource compute, String workspaceName) {
        ComputeInstanceSettings settings = ComputeRow.instanceSettings(compute);
        if (settings == null || ComputeRow.kindOf(compute).orElse(null) != ComputeKind.COMPUTE_INSTANCE) {
            return List.of();
        }
        ComputeState.Condition condition = ComputeColumn.condition(compute);
        if (condition == ComputeState.Condition.FAILED) {
            return List.of();
        }
        boolean running = condition == ComputeState.Condition.READY;
        List<ApplicationLink> links = new ArrayList<>();
        List<ComputeInstanceApplication> listed = settings.applications() == null ? List.of() : settings.applications();
        for (ComputeInstanceApplication app : listed) {
            if (app == null || app.displayName() == null || app.displayName().isBlank()) {
                continue;
            }
            String url = app.endpointUri() == null || app.endpointUri().isBlank() ? null : app.endpointUri();
            String label = shown(studioLabel(app.displayName()));
            if (!running) {
                links.add(ApplicationLink.disabled(label, url, startFirst()));
            } else if (url == null) {
                links.add(ApplicationLink.disabled(label, null, Messages.get("compute.code.app.noAddress", label)));
            } else {
                links.add(ApplicationLink.open(label, url, Messages.get("compute.code.app.opens", url)));
            }
        }
        links.add(vsCodeDesktop(compute, settings, workspaceName, running));
        links.sort(Comparator.comparingInt(InstanceApplications::rank));
        return List.copyOf(links);
    }

    /**
     * Studio's label for an application ARM names {@code armName} ("Jupyter Lab" → "JupyterLab"); a name Studio
     * does not document another label for (a custom application's) stays as ARM sends it.
     */
    static String studioLabel(String armName) {
        String key = armName.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return STUDIO_LABELS.getOrDefault(key, armName.strip());
    }

    /** Why every application is disabled while the instance is not running. */
    public static String startFirst() {
        return Messages.get("compute.code.app.startFirst");
    }

    /** A Studio label as the button shows it: the product names as they are, "Terminal" in the app's language. */
    private static String shown(String label) {
        return label.equals(TERMINAL) ? Messages.get("compute.code.app.terminal") : label;
    }

    /**
     * What a table row shows instead of links when none can be opened: one short muted reason ("" while one can be
     * opened, or when the instance has none); the row's tooltip and the details pane give the whole {@link #note}.
     */
    public static String unavailable(List<ApplicationLink> links) {
        if (links.isEmpty() || links.stream().anyMatch(ApplicationLink::enabled)) {
            return "";
        }
        return Messages.get(startFirst().equals(note(links)) ? "compute.code.app.onceRunning" : "compute.code.app.unavailable");
    }

    /**
     * The sentence shown under the buttons: the reason shared by all when the instance is not running, else each
     * disabled application with its reason; empty when everything can be opened.
     */
    public static String note(List<ApplicationLink> links) {
        List<String> reasons = links.stream().filter(link -> !link.enabled()).map(ApplicationLink::note).distinct()
                .toList();
        if (reasons.size() == 1 && reasons.get(0).equals(startFirst())) {
            return startFirst();
        }
        return String.join("\n", links.stream().filter(link -> !link.enabled())
                .map(link -> Messages.get("compute.code.app.reason", link.label(), link.note())).toList());
    }

    private static ApplicationLink vsCodeDesktop(ComputeResource compute, ComputeInstanceSettings settings,
                                                 String workspaceName, boolean running) {
        if (!running) {
            return ApplicationLink.disabled(VS_CODE_DESKTOP, null, startFirst());
        }
        SshAvailability ssh = InstanceSsh.availability(settings);
        if (ssh.target().isEmpty()) {
            return ApplicationLink.disabled(VS_CODE_DESKTOP, null, Messages.get("compute.code.app.needsSsh",
                    ssh.label().orElse(Messages.get("compute.code.app.sshUnreachable"))));
        }
        SshTarget target = ssh.target().get();
        String alias = SshHostAlias.forCompute(workspaceName == null ? "" : workspaceName, compute.name());
        // A private-only address still connects, from inside the virtual network: the helper's notice says so.
        return ApplicationLink.open(VS_CODE_DESKTOP, VsCodeRemote.link(alias, target.user()),
                ssh.label().map(notice -> Messages.get("compute.code.app.opensVsCodeWithNotice", alias, notice))
                        .orElse(Messages.get("compute.code.app.opensVsCode", alias)));
    }

    /** Studio's position for a known label; custom applications after all of them, in ARM's order (stable sort). */
    private static int rank(ApplicationLink link) {
        int known = STUDIO_ORDER.stream().map(InstanceApplications::shown).toList().indexOf(link.label());
        return known >= 0 ? known : STUDIO_ORDER.size();
    }
}
