package org.switchover.inventory;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link SiteLoader#loadOrThrow} for callers that cannot go on without a site; carries every error. */
public final class InvalidInventoryException extends RuntimeException {

    private final List<InventoryError> errors;

    public InvalidInventoryException(List<InventoryError> errors) {
        super(errors.size() + " error(s) in site inventory:\n"
                + errors.stream().map(InventoryError::toString).collect(Collectors.joining("\n")));
        this.errors = ImmutableList.copyOf(errors);
    }

    public List<InventoryError> errors() {
        return errors;
    }
}
