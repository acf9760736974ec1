package dev.computedesk.azure;

/**
 * Polling of an {@link ArmOperation} was stopped by {@link ArmOperation#cancel()}. The operation itself may go
 * on in Azure; the UI should refresh the resource to learn its state.
 */
public class OperationCancelledException extends RuntimeException {
    /** With a message naming the operation. */
    public OperationCancelledException(String message) {
        super(message);
    }
}
