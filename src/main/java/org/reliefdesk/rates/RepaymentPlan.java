package org.reliefdesk.rates;

import java.util.List;

/**
 * What is stored for a debt: the structure (may be null) and the typed flows (may be empty).
 *
 * @param version the version to send back when saving; null when nothing is stored yet
 */
public record RepaymentPlan(long debtId, Long version, RepaymentStructure structure, List<PlannedFlow> flows) {
}
