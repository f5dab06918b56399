package org.reliefdesk.deadlines;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.CaseAccess;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.InvalidValueException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deadlines people read (decision 017): the home lists, a case's deadlines, each case's
 * nearest one, the outcomes for the dashboard; states computed on read in Beijing dates.
 */
@Service
public class DeadlineService {

    /** Kinds that are dates to watch, not tasks: never overdue, never met or missed. */
    private static final String WATCH_KINDS = "('COLLECTION_PAUSE_END')";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final JdbcTemplate jdbc;
    private final DeadlineEngine engine;
    private final CaseAccess caseAccess;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean remindersEnabled;

    DeadlineService(JdbcTemplate jdbc, DeadlineEngine engine, CaseAccess caseAccess, CurrentUser currentUser,
            AuditTrail audit, Clock clock, @Value("${reliefdesk.reminders.enabled:false}") boolean remindersEnabled) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.caseAccess = caseAccess;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.remindersEnabled = remindersEnabled;
    }

    /** The Beijing date now, from the injected clock. */
    public LocalDate today() {
        return DeadlineState.beijingDate(clock.instant());
    }

    /**
     * One page of a home list: the signed-in counsellor's cases, or every case for an administrator
     * (the counsellor is on each item). Earliest due first.
     */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Slice<DeadlineItem> list(Bucket bucket, Pageable pageable) {
        LocalDate today = today();
        List<Object> args = new ArrayList<>();
        String where = switch (bucket) {
            case TODAY -> {
                args.add(Date.valueOf(today));
                yield "d.due_on = ?";
            }
            case OVERDUE -> {
                args.add(Date.valueOf(today));
                yield "d.due_on < ? and d.kind not in " + WATCH_KINDS;
            }
            case NEXT_7_DAYS -> {
                args.add(Date.valueOf(today));
                args.add(Date.valueOf(today.plusDays(7)));
                yield "d.due_on > ? and d.due_on <= ?";
            }
        };
        if (!currentUser.hasRole(Role.ADMIN)) {
            // The case's counsellor now; privacy requests are answered by administrators, not counsellors.
            where += " and c.counsellor_username = ? and d.kind <> 'PRIVACY_REQUEST'";
            args.add(currentUser.requireUsername());
        }
        args.add(pageable.getPageSize() + 1);
        args.add(pageable.getOffset());
        List<DeadlineItem> rows = jdbc.query("select " + DeadlineStore.COLUMNS + """
                 from deadline d join case_file c on c.id = d.case_id
                where d.done_on is null and\s""" + where + " order by d.due_on, d.urgent desc, d.case_id, d.id limit ? offset ?",
                (rs, n) -> item(DeadlineStore.row(rs), today, true), args.toArray());
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    /** A case's deadlines, open and done, by due date; its client sees only the kinds meant for clients. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public List<DeadlineItem> forCase(long caseId) {
        boolean staff = caseAccess.canWork(caseId);
        LocalDate today = today();
        return jdbc.query("select " + DeadlineStore.COLUMNS + """
                 from deadline d join case_file c on c.id = d.case_id
                where d.case_id = ? order by d.due_on, d.id""",
                (rs, n) -> item(DeadlineStore.row(rs), today, staff), caseId).stream()
                .filter(i -> staff || i.kind().forClient()).toList();
    }

    /** Each of these cases' nearest deadline still to do (overdue first), for those the caller works on. */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, DeadlineItem> nearest(Collection<Long> caseIds) {
        Set<Long> mine = caseAccess.workable(caseIds);
        if (mine.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today();
        Map<Long, DeadlineItem> out = new LinkedHashMap<>();
        jdbc.query("select distinct on (d.case_id) " + DeadlineStore.COLUMNS + """
                 from deadline d join case_file c on c.id = d.case_id
                where d.case_id = any(?) and d.done_on is null
                  and not (d.kind in """ + WATCH_KINDS + """
                 and d.due_on < ?)
                order by d.case_id, d.due_on, d.urgent desc, d.id""",
                (rs, n) -> item(DeadlineStore.row(rs), today, true), mine.toArray(Long[]::new), Date.valueOf(today))
                .forEach(i -> out.put(i.caseId(), i));
        return out;
    }

    /**
     * Met and missed deadlines per kind among those due from {@code from} to {@code to} (inclusive).
     * An administrator may ask for any counsellor or all ({@code null}); a counsellor always gets
     * their own cases' figures.
     */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public DeadlineStatistics outcomes(LocalDate from, LocalDate to, String counsellorOrNullForAll) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("deadlines.error.period");
        }
        String counsellor = currentUser.hasRole(Role.ADMIN)
                ? (counsellorOrNullForAll == null || counsellorOrNullForAll.isBlank() ? null : counsellorOrNullForAll)
                : currentUser.requireUsername();
        Map<DeadlineKind, DeadlineStatistics.Outcomes> byKind = new EnumMap<>(DeadlineKind.class);
        for (DeadlineKind kind : DeadlineKind.values()) {
            if (!kind.endsByItself()) {
                byKind.put(kind, new DeadlineStatistics.Outcomes(0, 0, 0));
            }
        }
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(today()), Date.valueOf(today()), Date.valueOf(from),
                Date.valueOf(to)));
        if (counsellor != null) {
            args.add(counsellor);
        }
        jdbc.query("""
                select d.kind, count(*) filter (where d.done_on <= d.due_on),
                       count(*) filter (where d.done_on > d.due_on or (d.done_on is null and d.due_on < ?)),
                       count(*) filter (where d.done_on is null and d.due_on >= ?)
                from deadline d join case_file c on c.id = d.case_id
                where d.due_on between ? and ? and d.kind not in """ + WATCH_KINDS
                + (counsellor == null ? "" : " and d.kind <> 'PRIVACY_REQUEST' and c.counsellor_username = ?")
                + " group by d.kind",
                rs -> {
                    byKind.put(DeadlineKind.valueOf(rs.getString(1)),
                            new DeadlineStatistics.Outcomes(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }, args.toArray());
        return new DeadlineStatistics(from, to, counsellor, byKind);
    }

    /** Rebuilds every case's deadlines now (what the nightly run does); audited. Returns the cases refreshed. */
    @PreAuthorize("hasRole('ADMIN')")
    public int refreshAll() {
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), null,
                "DEADLINES_REFRESHED", "deadline", null, "Rebuilt every case's deadlines from their sources", null));
        return engine.reconcileAll();
    }

    /** Whether e-mail reminders are switched on for this installation. */
    @PreAuthorize("isAuthenticated()")
    public boolean remindersEnabled() {
        return remindersEnabled;
    }

    /** The signed-in staff member's address for reminders, if they gave one. */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> myReminderAddress() {
        return jdbc.query("select email from deadline_reminder_address where username = ?",
                (rs, n) -> rs.getString(1), currentUser.requireUsername()).stream().findFirst();
    }

    /** Sets (or with a blank value removes) the signed-in staff member's address for reminders; audited. */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    @Transactional
    public void setMyReminderAddress(String email) {
        String me = currentUser.requireUsername();
        String value = email == null ? "" : email.strip();
        if (value.isEmpty()) {
            jdbc.update("delete from deadline_reminder_address where username = ?", me);
        } else {
            if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
                throw new InvalidValueException("deadlines.error.email");
            }
            jdbc.update("""
                    insert into deadline_reminder_address (username, email, updated_at) values (?, ?, ?)
                    on conflict (username) do update set email = excluded.email, updated_at = excluded.updated_at""",
                    me, value, Timestamp.from(clock.instant()));
        }
        audit.append(new AuditRecord(me, RequestOrigin.currentAddress(), null, "DEADLINE_REMINDER_ADDRESS_SET",
                "account", me, value.isEmpty() ? "Removed the address for deadline reminders"
                        : "Set the address for deadline reminders", JsonMapper.shared().writeValueAsString(
                                Map.of("set", String.valueOf(!value.isEmpty())))));
    }

    private DeadlineItem item(DeadlineStore.Row row, LocalDate today, boolean staff) {
        Deadline d = row.deadline();
        return new DeadlineItem(d.kind(), d.caseId(), d.reference(), d.dueOn(), d.doneOn(), d.titleKey(),
                d.titleParams(), d.tabKey(), d.urgent(), d.rule(), row.counsellor(), staff ? row.clientName() : null,
                DeadlineState.of(d.kind(), d.dueOn(), d.doneOn(), today), CaseTab.location(d.caseId(), d.tabKey()));
    }
}
