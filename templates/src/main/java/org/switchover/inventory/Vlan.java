package org.switchover.inventory;

import java.util.Optional;

/** A VLAN of the site and the service it belongs to. */
public record Vlan(int id, String name, Optional<String> service) {}
