package org.aimsportal.domain.system;

import java.util.UUID;

/** The recorded facts about a system changed, so anything derived from them must be re-evaluated. */
public record AiSystemDetailsChanged(UUID systemId) {

}
