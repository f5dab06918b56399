package org.reliefdesk.deadlines;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.platform.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * E-mail reminders, off by default (decision 017): one mail per open deadline due within
 * {@code reliefdesk.reminders.days-ahead} days, to the case counsellor's reminder address.
 * A row is claimed (reminded_at set where still empty, one atomic update) before its mail is
 * sent, so two nodes running the job at once never send twice; a failed send releases the
 * claim and is logged, and the next run tries again. The mail names the case number and what
 * is due, never the client.
 */
@Component
class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final Translations translations;
    private final Clock clock;
    private final boolean enabled;
    private final int daysAhead;
    private final String from;

    DeadlineReminders(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mail, Translations translations, Clock clock,
            @Value("${reliefdesk.reminders.enabled:false}") boolean enabled,
            @Value("${reliefdesk.reminders.days-ahead:2}") int daysAhead,
            @Value("${reliefdesk.reminders.from:${spring.mail.username:reliefdesk@localhost}}") String from) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.translations = translations;
        this.clock = clock;
        this.enabled = enabled;
        this.daysAhead = daysAhead;
        this.from = from;
    }

    /** Hourly in Beijing office hours, once across nodes. */
    @Scheduled(cron = "0 5 8-20 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "deadlines-reminders", lockAtMostFor = "PT20M")
    public void remind() {
        if (enabled) {
            sendDue();
        }
    }

    /** The job's work without the node lock: safe on its own, as the claim is per row. */
    int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("Deadline reminders are on but no mail sender is configured (spring.mail.host)");
            return 0;
        }
        LocalDate today = DeadlineState.beijingDate(clock.instant());
        List<Due> due = jdbc.query("""
                select d.id, d.kind, d.case_id, d.due_on, d.tab_key, a.email
                from deadline d join case_file c on c.id = d.case_id
                join deadline_reminder_address a on a.username = c.counsellor_username
                where d.done_on is null and d.reminded_at is null and d.due_on between ? and ?
                  and d.kind <> 'PRIVACY_REQUEST'
                order by d.due_on, d.id""",
                (rs, n) -> new Due(rs.getLong("id"), rs.getLong("case_id"), rs.getDate("due_on").toLocalDate(),
                        DeadlineKind.valueOf(rs.getString("kind")), rs.getString("tab_key"), rs.getString("email")),
                Date.valueOf(today), Date.valueOf(today.plusDays(daysAhead)));
        int sent = 0;
        for (Due d : due) {
            Instant claim = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (jdbc.update("update deadline set reminded_at = ? where id = ? and reminded_at is null",
                    Timestamp.from(claim), d.id()) != 1) {
                continue;
            }
            try {
                sender.send(message(d, today));
                sent++;
            } catch (MailException | IllegalStateException e) {
                jdbc.update("update deadline set reminded_at = null where id = ? and reminded_at = ?", d.id(),
                        Timestamp.from(claim));
                log.warn("Deadline reminder {} to the counsellor of case {} failed; it is tried again next run",
                        d.id(), d.caseId(), e);
            }
        }
        return sent;
    }

    SimpleMailMessage message(Due d, LocalDate today) {
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(d.email());
        String location = CaseTab.location(d.caseId(), d.tabKey());
        m.setSubject(text(Translations.CHINESE, "deadlines.mail.subject", d, location));
        m.setText(text(Translations.CHINESE, "deadlines.mail.body", d, location) + "\n\n"
                + text(Translations.ENGLISH, "deadlines.mail.body", d, location));
        return m;
    }

    /**
     * The mail goes to an outside server: it names the kind of deadline, the date and the case
     * number, never a lender, a client or the counsellor's own words (a next step may name them).
     */
    private String text(java.util.Locale locale, String key, Due d, String location) {
        String what = translations.getTranslation("deadlines.kind." + d.kind(), locale);
        return translations.getTranslation(key, locale, what, d.dueOn().toString(), String.valueOf(d.caseId()),
                location);
    }

    record Due(long id, long caseId, LocalDate dueOn, DeadlineKind kind, String tabKey, String email) {
    }
}
