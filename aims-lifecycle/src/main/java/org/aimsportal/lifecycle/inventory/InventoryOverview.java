package org.aimsportal.lifecycle.inventory;

import java.util.Map;

import org.aimsportal.domain.system.LifecycleStage;

/** Headline figures of the active inventory, for the overview page. */
public record InventoryOverview(Map<LifecycleStage, Long> byStage, long reviewRequired, long highTier,
		long awaitingIntake) {

	public long total() {
		return this.byStage.values().stream().mapToLong(Long::longValue).sum();
	}

	public long largestStage() {
		return this.byStage.values().stream().mapToLong(Long::longValue).max().orElse(0);
	}

}
