package org.switchover.lab.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.switchover.netconf.RpcError;

/**
 * Applies an edit-config payload to a datastore tree as RFC 6241 section 7.2 describes: the
 * {@code operation} attribute (merge, replace, create, delete, remove) inherited down the tree,
 * list entries matched by their keys and leaf-list entries by value, and the default operation
 * for elements that carry none. It mutates the tree it is given; callers hand it a copy and
 * decide from the error-option what to keep.
 */
public final class EditEngine {
    private static final Set<String> OPERATIONS = Set.of("merge", "replace", "create", "delete", "remove");

    private final Schema schema;

    public EditEngine(Schema schema) {
        this.schema = schema;
    }

    /** The outcome: every error met (at most one unless continuing on error). */
    public record Outcome(List<RpcError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Applies the children of {@code config} to {@code root}. With {@code continueOnError} false
     * it stops at the first error, leaving what was applied before it.
     */
    public Outcome apply(XmlNode root, XmlNode config, String defaultOperation, boolean continueOnError) {
        List<RpcError> errors = new ArrayList<>();
        String inherited = defaultOperation;
        if ("replace".equals(defaultOperation)) {
            root.children().clear();
            inherited = "merge";
        }
        try {
            for (XmlNode edit : config.children()) {
                applyChild(root, edit, inherited, "", errors, continueOnError);
            }
        } catch (StopEdit stop) {
            // the error is already recorded
        }
        return new Outcome(List.copyOf(errors));
    }

    private void applyChild(XmlNode parent, XmlNode edit, String inherited, String parentPath,
            List<RpcError> errors, boolean continueOnError) {
        String path = parentPath + "/" + describe(edit);
        String op = edit.operation().orElse(inherited);
        if (edit.operation().isPresent() && !OPERATIONS.contains(op)) {
            fail(errors, continueOnError, RpcFailure.error("protocol", "bad-attribute", path,
                    "unknown operation '" + op + "'; use merge, replace, create, delete or remove",
                    Map.of("bad-attribute", "operation", "bad-element", edit.name())));
            return;
        }
        List<String> declaredKeys = schema.listKeys().get(new Schema.QName(edit.namespace(), edit.name()));
        if (declaredKeys != null && !edit.children().isEmpty()) {
            for (String key : declaredKeys) {
                if (edit.childText(key).isEmpty()) {
                    fail(errors, continueOnError, RpcFailure.error("protocol", "missing-element", path,
                            "list entry " + edit.name() + " needs its key '" + key + "'", Map.of("bad-element", key)));
                    return;
                }
            }
        }
        Optional<XmlNode> existing = parent.children().stream().filter(c -> schema.matches(c, edit)).findFirst();
        switch (op) {
            case "delete" -> {
                if (existing.isEmpty()) {
                    fail(errors, continueOnError, RpcFailure.error("application", "data-missing", path,
                            "cannot delete " + path + ": it does not exist", Map.of()));
                    return;
                }
                parent.children().remove(existing.get());
            }
            case "remove" -> existing.ifPresent(e -> parent.children().remove(e));
            case "create" -> {
                if (existing.isPresent()) {
                    fail(errors, continueOnError, RpcFailure.error("application", "data-exists", path,
                            "cannot create " + path + ": it already exists", Map.of()));
                    return;
                }
                parent.add(stripped(edit));
            }
            case "replace" -> {
                XmlNode fresh = stripped(edit);
                if (existing.isPresent()) {
                    parent.children().set(parent.children().indexOf(existing.get()), fresh);
                } else {
                    parent.add(fresh);
                }
            }
            case "merge", "none" -> mergeOrDescend(parent, edit, op, existing, path, errors, continueOnError);
            default -> throw new IllegalStateException(op);
        }
    }

    private void mergeOrDescend(XmlNode parent, XmlNode edit, String op, Optional<XmlNode> existing, String path,
            List<RpcError> errors, boolean continueOnError) {
        boolean isLeaf = edit.children().isEmpty();
        if (isLeaf) {
            if (op.equals("none")) return;
            XmlNode target = existing.orElseGet(() -> parent.add(new XmlNode(edit.namespace(), edit.name())));
            target.setText(edit.hasText() ? edit.text() : null);
            target.valuePrefixes().clear();
            target.valuePrefixes().putAll(edit.valuePrefixes());
            return;
        }
        boolean created = existing.isEmpty();
        XmlNode target = existing.orElseGet(() -> parent.add(shell(edit)));
        for (XmlNode child : edit.children()) {
            applyChild(target, child, op, path, errors, continueOnError);
        }
        // with default-operation none, a level that exists only to reach a delete is not kept
        if (created && op.equals("none") && onlyKeys(target, edit)) {
            parent.children().remove(target);
        }
    }

    private boolean onlyKeys(XmlNode target, XmlNode edit) {
        List<String> keys = schema.keysOf(edit);
        return target.children().stream().allMatch(c -> keys.contains(c.name()));
    }

    private XmlNode shell(XmlNode edit) {
        XmlNode shell = new XmlNode(edit.namespace(), edit.name());
        for (String key : schema.keysOf(edit)) {
            edit.child(key).ifPresent(k -> shell.add(stripped(k)));
        }
        return shell;
    }

    /** A copy without operation attributes and without children that ask to be deleted or removed. */
    static XmlNode stripped(XmlNode edit) {
        XmlNode copy = new XmlNode(edit.namespace(), edit.name());
        copy.setText(edit.hasText() ? edit.text() : null);
        copy.valuePrefixes().putAll(edit.valuePrefixes());
        for (XmlNode c : edit.children()) {
            String op = c.operation().orElse("");
            if (op.equals("delete") || op.equals("remove")) continue;
            copy.add(stripped(c));
        }
        return copy;
    }

    private String describe(XmlNode edit) {
        if (schema.isLeafList(edit)) return edit.name() + "[.='" + edit.text() + "']";
        StringBuilder s = new StringBuilder(edit.name());
        for (String key : schema.keysOf(edit)) {
            edit.childText(key).ifPresent(v -> s.append('[').append(key).append("='").append(v).append("']"));
        }
        return s.toString();
    }

    private static void fail(List<RpcError> errors, boolean continueOnError, RpcError error) {
        errors.add(error);
        if (!continueOnError) throw new StopEdit();
    }

    /** Unwinds the recursion at the first error under stop-on-error and rollback-on-error. */
    private static final class StopEdit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopEdit() {
            super(null, null, false, false);
        }
    }
}
