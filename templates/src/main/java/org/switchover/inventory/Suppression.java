package org.switchover.inventory;

/** A drift path the audit ignores, with the reason shown in every report; {@code device} "*" means all. */
public record Suppression(String device, String path, String reason) {}
