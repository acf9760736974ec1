package dev.computedesk.emulator;

/** Placeholder until the spec validator lands: checks only the ARM headers and envelope. */
final class Conformance {
    private Conformance() {
    }

    static void check(ArmTestClient.Res res) {
        if (res.header("x-ms-request-id").isEmpty() || res.header("x-ms-correlation-request-id").isEmpty()) {
            throw new AssertionError("missing ARM request id headers on " + res.method() + " " + res.path());
        }
        if (res.status() >= 400 && (res.body() == null || !res.body().path("error").has("code"))) {
            throw new AssertionError("error without the ARM envelope on " + res.method() + " " + res.path() + ": " + res.raw());
        }
    }
}
