package org.aimsportal.domain.system;

import java.util.UUID;

/** A system was archived; it stays in the trail and can be listed, but is no longer active. */
public record AiSystemArchived(UUID systemId, String reason) {

}
