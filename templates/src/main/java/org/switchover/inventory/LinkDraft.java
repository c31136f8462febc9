package org.switchover.inventory;

import java.util.Optional;
import java.util.Set;

/** A cable as read, with where it was written and the VLANs the file pins on it, if any. */
record LinkDraft(Link link, YamlNode node, Optional<Set<Integer>> vlans) {}
