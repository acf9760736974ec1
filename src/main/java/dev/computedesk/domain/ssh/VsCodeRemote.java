package dev.computedesk.domain.ssh;

/** Links that open a host in VS Code Remote-SSH, which reads the same {@code ~/.ssh/config}. */
public final class VsCodeRemote {

    private VsCodeRemote() {
    }

    /** {@code vscode://vscode-remote/ssh-remote+<alias>/home/<user>}: opens the user's home folder. */
    public static String link(String alias, String user) {
        return "vscode://vscode-remote/ssh-remote+" + alias + "/home/" + user;
    }
}
