package dev.computedesk.azure.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of an ARM resource id: {@code /subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{childType}/{child}...]}.
 *
 * @param subscriptionId subscription, or null
 * @param resourceGroup  resource group, or null
 * @param provider       provider namespace, or null
 * @param name           last segment (the resource's own name), or null
 */
public record ArmId(String subscriptionId, String resourceGroup, String provider, String name) {

    /** Parses an id; segment names are matched case-insensitively, as ARM does. */
    public static ArmId parse(String id) {
        if (id == null) {
            return new ArmId(null, null, null, null);
        }
        List<String> parts = new ArrayList<>();
        for (String p : id.split("/")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        String sub = null;
        String rg = null;
        String provider = null;
        for (int i = 0; i + 1 < parts.size(); i++) {
            String key = parts.get(i).toLowerCase(Locale.ROOT);
            if (key.equals("subscriptions") && sub == null) {
                sub = parts.get(i + 1);
            } else if (key.equals("resourcegroups") && rg == null) {
                rg = parts.get(i + 1);
            } else if (key.equals("providers") && provider == null) {
                provider = parts.get(i + 1);
            }
        }
        String name = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        return new ArmId(sub, rg, provider, name);
    }
}
