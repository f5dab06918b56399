package org.reliefdesk.repayment;

import java.util.List;
import org.reliefdesk.shared.Money;

/**
 * The three strategies on the case's open debts for one monthly amount.
 *
 * @param available the budget's money for debts per month, or null when the case has no budget
 * @param debts the debts as simulated (balance, rate used, ranking rate)
 * @param simulations one per {@link Strategy}, in its order
 */
public record PlanComparison(long caseId, Money monthly, Money available, List<PlanDebt> debts,
        List<Simulation> simulations) {

    public PlanComparison {
        debts = List.copyOf(debts);
        simulations = List.copyOf(simulations);
    }

    public Simulation of(Strategy strategy) {
        return simulations.stream().filter(s -> s.strategy() == strategy).findFirst().orElseThrow();
    }
}
