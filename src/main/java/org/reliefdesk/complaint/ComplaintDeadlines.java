package org.reliefdesk.complaint;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.reliefdesk.deadlines.Deadline;
import org.reliefdesk.deadlines.DeadlineKind;
import org.reliefdesk.deadlines.DeadlineSource;
import org.springframework.stereotype.Component;

/**
 * A filed complaint's answer deadline for the deadline engine: the due date the complaint
 * fixed when it was filed (the channel's answer rule in force that day, or an extension),
 * done when the answer came. An escalation without an answer ends it as missed on that day;
 * a complaint withdrawn without an answer no longer has one.
 */
@Component
class ComplaintDeadlines implements DeadlineSource {

    private final EntityManager em;

    ComplaintDeadlines(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<DeadlineKind> kinds() {
        return Set.of(DeadlineKind.COMPLAINT_ANSWER);
    }

    @Override
    public List<Deadline> deadlinesOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("""
                select c.id, c.caseId, c.status, c.dueOn, c.answeredOn, c.escalatedOn, c.respondentName, c.channelCode,
                       c.extensionReason
                from Complaint c where c.caseId in :ids and c.dueOn is not null""", Object[].class)
                .setParameter("ids", caseIds).getResultList();
        List<Deadline> out = new ArrayList<>();
        for (Object[] r : rows) {
            ComplaintStatus status = (ComplaintStatus) r[2];
            LocalDate answered = (LocalDate) r[4];
            LocalDate done = answered != null ? answered
                    : status == ComplaintStatus.ESCALATED ? (LocalDate) r[5] : null;
            if (done == null && !status.awaitingAnswer()) {
                continue;
            }
            String rule = "complaint channel " + ((ChannelCode) r[7]).name()
                    + (r[8] == null ? "" : ", extended: " + r[8]);
            out.add(new Deadline(DeadlineKind.COMPLAINT_ANSWER, (Long) r[1], String.valueOf(r[0]), (LocalDate) r[3],
                    done, "deadlines.what.complaintAnswer", List.of((String) r[6]), "complaint.tab", false, rule));
        }
        return out;
    }
}
