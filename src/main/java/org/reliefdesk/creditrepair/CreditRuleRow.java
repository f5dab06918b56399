package org.reliefdesk.creditrepair;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One version of a rule; the table refuses updates (a change is a new row). */
@Entity
@Immutable
@Table(name = "credit_rule")
class CreditRuleRow {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private RuleCode code;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    private int amount;

    private boolean practice;

    private String source;

    protected CreditRuleRow() {
    }

    CreditRule rule() {
        return new CreditRule(id, code, effectiveFrom, amount, practice, source);
    }
}
