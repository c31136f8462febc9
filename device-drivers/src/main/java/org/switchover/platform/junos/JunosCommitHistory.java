package org.switchover.platform.junos;

import java.util.List;
import org.switchover.driver.PendingCommitState;
import org.switchover.platform.DeviceXml;
import org.w3c.dom.Element;

/**
 * Reads the reply to {@code <get-commit-information/>} ({@code show system commit}): the commit
 * history, newest first, one {@code commit-history} per commit with its {@code log} (the client's
 * comment) and {@code comment} (Junos's own, {@code commit confirmed, rollback in N mins} while a
 * confirmed commit waits). Pure.
 */
final class JunosCommitHistory {

    private JunosCommitHistory() {}

    /**
     * The commit logged for {@code persistId} is pending while it is the latest commit and Junos
     * still shows its rollback deadline; any later commit (a confirmation, a rollback, anyone's
     * commit, which on Junos also confirms) ends it, and a commit not in the history is not pending.
     */
    static PendingCommitState state(Element reply, String persistId) {
        List<Element> history = DeviceXml.children(reply).stream().filter(e -> "commit-information".equals(e.getLocalName()))
                .flatMap(i -> DeviceXml.children(i).stream()).filter(e -> "commit-history".equals(e.getLocalName())).toList();
        String log = JunosCommands.commitLog(persistId);
        for (int i = 0; i < history.size(); i++) {
            Element entry = history.get(i);
            if (!log.equals(child(entry, "log"))) continue;
            return i == 0 && child(entry, "comment").contains("rollback in") ? PendingCommitState.PENDING : PendingCommitState.NOT_PENDING;
        }
        return PendingCommitState.NOT_PENDING;
    }

    private static String child(Element e, String local) {
        return DeviceXml.children(e).stream().filter(c -> local.equals(c.getLocalName())).findFirst()
                .map(c -> c.getTextContent().trim()).orElse("");
    }
}
