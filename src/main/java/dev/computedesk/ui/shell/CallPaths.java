package dev.computedesk.ui.shell;

/** The part of an ARM path that tells one call from another. */
final class CallPaths {
    private static final String ELLIPSIS = "\u2026";

    private CallPaths() {
    }

    /**
     * The path below its workspace, or else below its provider, without the query (the api-version is the same
     * for every call): {@code …/computes/ci-dana/start}. A path with neither (the list of subscriptions) is shown
     * whole.
     */
    static String meaningfulEnd(String path) {
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        String[] segments = bare.split("/");
        int from = -1;
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].equalsIgnoreCase("workspaces") && i + 2 < segments.length) {
                from = i + 2;
                break;
            }
            if (segments[i].equalsIgnoreCase("providers") && from < 0 && i + 2 < segments.length) {
                from = i + 2;
            }
        }
        if (from < 0) {
            return bare;
        }
        return ELLIPSIS + "/" + String.join("/", java.util.Arrays.copyOfRange(segments, from, segments.length));
    }
}
