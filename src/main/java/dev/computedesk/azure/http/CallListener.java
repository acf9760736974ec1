package dev.computedesk.azure.http;

/** Receives each HTTP call made while it is the current {@link CallScope}'s listener. */
@FunctionalInterface
public interface CallListener {
    void onCall(CallRecord call);
}
