package org.aimsportal.domain.system;

import java.util.UUID;

/** A system entered the inventory, either registered directly or proposed through intake. */
public record AiSystemRegistered(UUID systemId, String referenceCode, IntakeStatus intakeStatus, String name) {

}
