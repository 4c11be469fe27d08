package org.aimsportal.domain.user;

import java.util.UUID;

/** A record's id and the name a select list shows for it. */
public record NamedOption(UUID id, String label) {

}
