package dev.computedesk.testing;

import dev.computedesk.ui.common.Confirmation;
import dev.computedesk.ui.common.DialogService;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link DialogService} that answers confirmations as told and remembers what it was asked. */
public final class ScriptedDialogs implements DialogService {
    /** The confirmations asked, in order. */
    public final List<Confirmation> asked = new CopyOnWriteArrayList<>();
    /** What the next confirmations answer. */
    public volatile boolean answer = true;

    @Override
    public boolean confirm(Confirmation confirmation) {
        asked.add(confirmation);
        return answer;
    }

    @Override
    public void inform(String title, String message) {
    }
}
