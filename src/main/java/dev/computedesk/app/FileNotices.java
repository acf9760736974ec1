package dev.computedesk.app;

import dev.computedesk.files.FileProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Carries problems with the app's files (settings, the emulator's state) to the main window. The first ones come
 * before the window exists (the start-up connection reads the settings in {@code init()}): they wait here until
 * {@link #deliverTo} names where notices go. Every problem is also logged. Called from any thread.
 */
final class FileNotices implements Consumer<FileProblem> {
    private static final Logger LOG = LoggerFactory.getLogger(FileNotices.class);

    private final List<FileProblem> waiting = new ArrayList<>();
    private Consumer<FileProblem> target;

    @Override
    public synchronized void accept(FileProblem problem) {
        LOG.warn(problem.message());
        if (target == null) {
            waiting.add(problem);
        } else {
            target.accept(problem);
        }
    }

    /** From now on problems go to {@code notices} (which must hand them to the FX thread itself). */
    synchronized void deliverTo(Consumer<FileProblem> notices) {
        target = notices;
        waiting.forEach(notices);
        waiting.clear();
    }
}
