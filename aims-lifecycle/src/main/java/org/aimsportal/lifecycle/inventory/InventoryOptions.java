package org.aimsportal.lifecycle.inventory;

import java.util.List;

import org.aimsportal.domain.user.NamedOption;

/** The people and units an inventory form or filter lets the user choose from. */
public record InventoryOptions(List<NamedOption> people, List<NamedOption> units) {

}
