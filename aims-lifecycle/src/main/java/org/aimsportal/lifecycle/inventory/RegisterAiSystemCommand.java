package org.aimsportal.lifecycle.inventory;

import org.aimsportal.domain.system.AiSystemDetails;

public record RegisterAiSystemCommand(String referenceCode, AiSystemDetails details) {

}
