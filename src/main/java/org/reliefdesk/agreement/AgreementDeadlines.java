package org.reliefdesk.agreement;

import jakarta.persistence.EntityManager;
import java.time.Clock;
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
 * A signed (or completed) agreement's instalments, each done on the day the payment that
 * completed it was made (decision 013's allocation), and the end of its pause of collection.
 * Drafts have no deadlines yet; a lapsed agreement no longer applies and is left out.
 */
@Component
class AgreementDeadlines implements DeadlineSource {

    private static final Set<AgreementStatus> BINDING = Set.of(AgreementStatus.SIGNED, AgreementStatus.COMPLETED);

    private final EntityManager em;
    private final Clock clock;

    AgreementDeadlines(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Set<DeadlineKind> kinds() {
        return Set.of(DeadlineKind.INSTALMENT, DeadlineKind.COLLECTION_PAUSE_END);
    }

    @Override
    public List<Deadline> deadlinesOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<Agreement> binding = em.createQuery(
                "select a from Agreement a where a.caseId in :ids and a.status in :binding", Agreement.class)
                .setParameter("ids", caseIds).setParameter("binding", BINDING).getResultList();
        if (binding.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Allocation.Paid>> paid = new TreeMap<>();
        em.createQuery("select p from AgreementPayment p where p.agreementId in :ids order by p.paidOn, p.id",
                AgreementPayment.class)
                .setParameter("ids", binding.stream().map(Agreement::id).toList()).getResultList().stream()
                .filter(p -> !p.reversed())
                .forEach(p -> paid.computeIfAbsent(p.agreementId(), k -> new ArrayList<>()).add(p.paid()));
        // Only the completion dates matter here; today only names statuses the engine recomputes itself.
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        List<Deadline> out = new ArrayList<>();
        for (Agreement a : binding) {
            AgreementView v = a.view(Allocation.allocate(a.schedule(), paid.getOrDefault(a.id(), List.of()), today));
            for (InstalmentState i : v.schedule()) {
                out.add(new Deadline(DeadlineKind.INSTALMENT, v.caseId(), v.id() + "/" + i.instalment().number(),
                        i.instalment().due(), i.paidOn(), "deadlines.what.instalment",
                        List.of(v.lenderName(), i.instalment().number(), i.instalment().amount().format()),
                        "agreement.tab", false, "agreement " + v.id() + ", instalment " + i.instalment().number()));
            }
            if (v.hasPause()) {
                out.add(new Deadline(DeadlineKind.COLLECTION_PAUSE_END, v.caseId(), String.valueOf(v.id()),
                        v.pauseUntil(), null, "deadlines.what.pauseEnd", List.of(v.lenderName()), "agreement.tab",
                        false, "agreement " + v.id() + ", pause " + v.pauseFrom() + " to " + v.pauseUntil()));
            }
        }
        return out;
    }
}
