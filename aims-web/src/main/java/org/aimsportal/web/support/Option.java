package org.aimsportal.web.support;

import java.util.UUID;

/** An entry of a select list of records. */
public record Option(UUID id, String label) {

}
