package org.reliefdesk.court;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reliefdesk.deadlines.Deadline;
import org.reliefdesk.deadlines.DeadlineKind;
import org.reliefdesk.deadlines.DeadlineSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The response deadlines of court papers for the deadline engine: always urgent, done on the day
 * the counsellor recorded the response as filed. Withdrawn actions, actions closed without a
 * response and enforcement (no deadline) are left out. Two queries, whatever the number of cases.
 */
@Component
class CourtDeadlineSource implements DeadlineSource {

    static final String TAB = "court.tab";

    private final LegalActionRepository actions;
    private final DeadlineRuleRepository rules;

    CourtDeadlineSource(LegalActionRepository actions, DeadlineRuleRepository rules) {
        this.actions = actions;
        this.rules = rules;
    }

    @Override
    public Set<DeadlineKind> kinds() {
        return Set.of(DeadlineKind.COURT_RESPONSE);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> deadlinesOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<LegalAction> found = actions.findByCaseIdIn(caseIds);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, CourtDeadlineRule> byId = rules.findAll().stream().map(DeadlineRuleRow::rule)
                .collect(Collectors.toMap(CourtDeadlineRule::id, Function.identity()));
        List<Deadline> deadlines = new ArrayList<>();
        for (LegalAction a : found) {
            CourtDeadlineRule rule = byId.get(a.ruleId());
            if (rule == null || a.status() == LegalActionStatus.WITHDRAWN) {
                continue;
            }
            CourtDeadlines.dueOn(a.servedOn(), rule).ifPresent(due -> {
                LocalDate done = a.responseFiledOn();
                if (a.status() == LegalActionStatus.CLOSED && done == null) {
                    // Closed without a response: missed if its deadline passed while it was open
                    // (counted as done late, on the day it was closed); otherwise it never fell due.
                    if (a.endedOn() == null || !a.endedOn().isAfter(due)) {
                        return;
                    }
                    done = a.endedOn();
                }
                deadlines.add(new Deadline(DeadlineKind.COURT_RESPONSE, a.caseId(), String.valueOf(a.id()), due,
                        done, "court.deadline." + a.type(), List.of(a.lenderName(), a.court()), TAB, true,
                        rule.source()));
            });
        }
        return deadlines;
    }
}
