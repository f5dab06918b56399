package org.reliefdesk.creditrepair;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.reliefdesk.deadlines.Deadline;
import org.reliefdesk.deadlines.DeadlineKind;
import org.reliefdesk.deadlines.DeadlineSource;
import org.springframework.stereotype.Component;

/**
 * Dispute answers (the due date fixed at filing by the rule in force that day; done when the
 * answer came; a dispute withdrawn unanswered no longer has one) and credit report checks:
 * each check sets the next one's due date by the rule in force on its day ({@link CreditRules}),
 * and the following check, if any, is when that was done.
 */
@Component
class CreditDeadlines implements DeadlineSource {

    private final EntityManager em;
    private final CreditRuleRepository rules;

    CreditDeadlines(EntityManager em, CreditRuleRepository rules) {
        this.em = em;
        this.rules = rules;
    }

    @Override
    public Set<DeadlineKind> kinds() {
        return Set.of(DeadlineKind.DISPUTE_ANSWER, DeadlineKind.CREDIT_CHECK);
    }

    @Override
    public List<Deadline> deadlinesOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        CreditRules versions = CreditRules.of(rules.findAll().stream().map(CreditRuleRow::rule).toList());
        List<Deadline> out = new ArrayList<>();
        for (Object[] r : em.createQuery("""
                select d.id, d.caseId, d.status, d.dueOn, d.answeredOn, d.outcomeOn, d.party, d.institution, d.ruleId
                from Dispute d where d.caseId in :ids order by d.id""", Object[].class)
                .setParameter("ids", caseIds).getResultList()) {
            DisputeStatus status = (DisputeStatus) r[2];
            LocalDate done = r[4] != null ? (LocalDate) r[4]
                    : status == DisputeStatus.UPHELD || status == DisputeStatus.REJECTED ? (LocalDate) r[5] : null;
            if (done == null && !status.awaitingAnswer()) {
                continue;
            }
            long ruleId = (Long) r[8];
            String rule = versions.versions().stream().filter(v -> v.id() == ruleId).map(CreditRule::source)
                    .findFirst().orElse(null);
            String who = r[7] != null ? (String) r[7] : ((DisputeParty) r[6]).name();
            out.add(new Deadline(DeadlineKind.DISPUTE_ANSWER, (Long) r[1], String.valueOf(r[0]), (LocalDate) r[3],
                    done, "deadlines.what.disputeAnswer", List.of(who), "creditrepair.tab", false, rule));
        }
        Map<Long, List<Object[]>> checks = new TreeMap<>();
        em.createQuery("select c.caseId, c.id, c.checkedOn from CreditCheck c where c.caseId in :ids "
                + "order by c.checkedOn, c.id", Object[].class).setParameter("ids", caseIds).getResultList()
                .forEach(r -> checks.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
        checks.forEach((caseId, list) -> {
            for (int i = 0; i < list.size(); i++) {
                LocalDate checked = (LocalDate) list.get(i)[2];
                LocalDate next = i + 1 < list.size() ? (LocalDate) list.get(i + 1)[2] : null;
                int at = i;
                versions.inForce(RuleCode.RECHECK_MONTHS, checked).ifPresent(rule -> out.add(new Deadline(
                        DeadlineKind.CREDIT_CHECK, caseId, String.valueOf(list.get(at)[1]), rule.applyTo(checked),
                        next, "deadlines.what.creditCheck", List.of(checked.toString()), "creditrepair.tab", false,
                        rule.source())));
            }
        });
        return out;
    }
}
