package dev.computedesk.emulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/** The injected faults still to play, each with its remaining count. */
final class FaultRules {
    private static final class Active {
        final Fault fault;
        final Pattern pattern;
        int left;

        Active(Fault fault) {
            this.fault = fault;
            this.pattern = Pattern.compile(fault.pathRegex());
            this.left = fault.count();
        }
    }

    private final List<Active> active = new ArrayList<>();

    synchronized void add(Fault fault) {
        active.add(new Active(fault));
    }

    synchronized void clear() {
        active.clear();
    }

    /**
     * The first fault matching this call, consumed by one; provisioning failures only match PUTs
     * and are taken separately by {@link #takeProvisioningFailure}.
     */
    synchronized Fault take(String method, String path) {
        return take(method, path, false);
    }

    synchronized boolean takeProvisioningFailure(String path) {
        return take("PUT", path, true) != null;
    }

    private Fault take(String method, String path, boolean provisioning) {
        Iterator<Active> it = active.iterator();
        while (it.hasNext()) {
            Active a = it.next();
            if (a.fault.provisioningFailure() != provisioning) {
                continue;
            }
            if (a.fault.method() != null && !a.fault.method().equalsIgnoreCase(method)) {
                continue;
            }
            if (!a.pattern.matcher(path).find()) {
                continue;
            }
            if (--a.left <= 0) {
                it.remove();
            }
            return a.fault;
        }
        return null;
    }
}
