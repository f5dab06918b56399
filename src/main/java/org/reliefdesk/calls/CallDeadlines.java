package org.reliefdesk.calls;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.reliefdesk.deadlines.Deadline;
import org.reliefdesk.deadlines.DeadlineKind;
import org.reliefdesk.deadlines.DeadlineSource;
import org.springframework.stereotype.Component;

/**
 * A call's agreed next step, due on its date. It is done on the date the counsellor marks it
 * done ({@link CallService#markNextStepDone}); until then the next call on the case about the
 * same debt (or about no debt, like it) counts as doing it, on that call's Beijing date, since
 * a follow-up call is how a next step is usually taken. Decision 017.
 */
@Component
class CallDeadlines implements DeadlineSource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final EntityManager em;

    CallDeadlines(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<DeadlineKind> kinds() {
        return Set.of(DeadlineKind.CALL_NEXT_STEP);
    }

    @Override
    public List<Deadline> deadlinesOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Object[]>> byCase = new TreeMap<>();
        em.createQuery("""
                select c.caseId, c.id, c.occurredAt, c.nextStep, c.nextStepDue, c.debtId, c.nextStepDoneOn from Call c
                where c.caseId in :ids order by c.occurredAt, c.id""", Object[].class)
                .setParameter("ids", caseIds).getResultList()
                .forEach(r -> byCase.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
        List<Deadline> out = new ArrayList<>();
        byCase.forEach((caseId, calls) -> {
            for (int i = 0; i < calls.size(); i++) {
                Object[] c = calls.get(i);
                String step = (String) c[3];
                if (step == null || step.isBlank() || c[4] == null) {
                    continue;
                }
                Instant at = (Instant) c[2];
                LocalDate done = c[6] != null ? (LocalDate) c[6] : calls.stream().skip(i + 1L)
                        .filter(r -> ((Instant) r[2]).isAfter(at) && Objects.equals(r[5], c[5]))
                        .findFirst().map(r -> LocalDate.ofInstant((Instant) r[2], CHINA)).orElse(null);
                out.add(new Deadline(DeadlineKind.CALL_NEXT_STEP, caseId, String.valueOf(c[1]), (LocalDate) c[4], done,
                        "deadlines.what.callNextStep", List.of(abbreviate(step.strip())), "calls.tab", false,
                        "call " + c[1]));
            }
        });
        return out;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
