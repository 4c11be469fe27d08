package org.aimsportal.lifecycle.inventory;

import java.util.UUID;

import org.aimsportal.domain.system.AiSystemDetails;

/** An edit, carrying the version the user saw so that a conflicting edit is detected. */
public record UpdateAiSystemCommand(UUID id, long version, AiSystemDetails details) {

}
