package dev.computedesk.azure;

/**
 * Following an {@link ArmOperation} was stopped by {@link ArmOperation#cancel()}. Azure was not asked to stop: the
 * operation itself may go on ("no longer followed; the operation may still complete in Azure"); the UI should read
 * the resource again to learn its state.
 */
public class OperationCancelledException extends RuntimeException {
    /** With a message naming the operation. */
    public OperationCancelledException(String message) {
        super(message);
    }
}
