package org.reliefdesk.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.reliefdesk.shared.Money;

/** One monthly line of the household budget: an income, or an expense in a category. */
@Entity
@Table(name = "case_budget_item")
class BudgetItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private boolean income;

    @Enumerated(EnumType.STRING)
    private ExpenseCategory category;

    @Column(nullable = false)
    private String label;

    @Column(name = "monthly_amount", nullable = false)
    private BigDecimal monthlyAmount;

    protected BudgetItem() {
    }

    BudgetItem(Budget.Line line) {
        this.income = line.income();
        this.category = line.category();
        this.label = line.label();
        this.monthlyAmount = line.monthly().amount();
    }

    Budget.Line line() {
        return new Budget.Line(income, category, label, Money.of(monthlyAmount));
    }
}
