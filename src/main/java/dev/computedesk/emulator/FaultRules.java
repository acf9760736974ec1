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

        /** Faults taken only when their effect happens, not by every matching call. */
        boolean deferred() {
            return fault.provisioningFailure() || fault.operationFailure();
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
     * The first per-call fault matching this call, consumed by one; provisioning and operation failures are taken
     * separately, when a create or an operation starts.
     */
    synchronized Fault take(String method, String path) {
        return take(method, path, a -> !a.deferred());
    }

    synchronized boolean takeProvisioningFailure(String path) {
        return take("PUT", path, a -> a.fault.provisioningFailure()) != null;
    }

    /** The operation failure for an operation this call starts, consumed by one, or null. */
    synchronized Fault takeOperationFailure(String method, String path) {
        return take(method, path, a -> a.fault.operationFailure());
    }

    private Fault take(String method, String path, java.util.function.Predicate<Active> kind) {
        Iterator<Active> it = active.iterator();
        while (it.hasNext()) {
            Active a = it.next();
            if (!kind.test(a)) {
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
