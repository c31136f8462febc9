package org.switchover.render;

/**
 * A top-level element of a rendered payload that the template owns: a compliance diff compares it
 * and a replace-push replaces it. Declared in the template as {@code {# owns: NAMESPACE NAME #}}.
 */
public record OwnedSubtree(String namespace, String name) {
    public OwnedSubtree {
        if (namespace.isBlank() || name.isBlank()) throw new IllegalArgumentException("owned subtree needs a namespace and a name");
    }

    @Override
    public String toString() {
        return "{" + namespace + "}" + name;
    }
}
