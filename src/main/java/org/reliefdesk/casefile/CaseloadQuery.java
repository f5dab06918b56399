package org.reliefdesk.casefile;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The caseload as a lazy slice: one query of page size + 1 rows, no count.
 * Only the predicates a filter asks for are added, so PostgreSQL sees simple SQL.
 */
@Component
class CaseloadQuery {

    /** Sortable columns, by the names the grid uses. */
    private static final Map<String, String> SORTABLE = Map.of(
            "priority", "priority",
            "lastActivityAt", "lastActivityAt",
            "clientName", "clientName",
            "stage", "stage");

    private final EntityManager entityManager;

    CaseloadQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Identity numbers in the filter arrive already turned into blind indexes. */
    record Criteria(String counsellor, Stage stage, boolean urgentOnly, LocalDate overdueOnOrBefore,
            String nameContains, byte[] idNumberIndex, byte[] phoneLast4Index) {
    }

    Slice<CaseSummary> find(Criteria criteria, Pageable pageable, LocalDate today) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<CaseFile> query = cb.createQuery(CaseFile.class);
        Root<CaseFile> c = query.from(CaseFile.class);

        List<Predicate> where = new ArrayList<>();
        if (criteria.counsellor() != null) {
            where.add(cb.equal(c.get("counsellorUsername"), criteria.counsellor()));
        }
        if (criteria.stage() != null) {
            where.add(cb.equal(c.get("stage"), criteria.stage()));
        }
        if (criteria.urgentOnly()) {
            where.add(cb.greaterThan(c.get("priority"), 0));
        }
        if (criteria.overdueOnOrBefore() != null) {
            where.add(cb.lessThanOrEqualTo(c.get("earliestOverdueSince"), criteria.overdueOnOrBefore()));
        }
        if (criteria.nameContains() != null) {
            where.add(cb.like(c.get("clientName"), "%" + escapeLike(criteria.nameContains()) + "%", '\\'));
        }
        if (criteria.idNumberIndex() != null) {
            where.add(cb.equal(c.get("idNumberIndex"), criteria.idNumberIndex()));
        }
        if (criteria.phoneLast4Index() != null) {
            where.add(cb.equal(c.get("phoneLast4Index"), criteria.phoneLast4Index()));
        }
        query.select(c).where(where.toArray(Predicate[]::new)).orderBy(order(cb, c, pageable.getSort()));

        List<CaseFile> rows = entityManager.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize() + 1)
                .getResultList();
        boolean hasNext = rows.size() > pageable.getPageSize();
        List<CaseSummary> content = rows.stream().limit(pageable.getPageSize())
                .map(row -> summary(row, today)).toList();
        return new SliceImpl<>(content, pageable, hasNext);
    }

    static CaseSummary summary(CaseFile c, LocalDate today) {
        LocalDate overdueSince = c.earliestOverdueSince();
        return new CaseSummary(c.id(), c.clientName(), c.stage(), c.counsellorUsername(), c.urgentCourt(),
                c.urgentCollection(), c.priority(),
                overdueSince == null ? null : ChronoUnit.DAYS.between(overdueSince, today), c.lastActivityAt());
    }

    private static List<Order> order(CriteriaBuilder cb, Root<CaseFile> c, Sort sort) {
        List<Order> orders = new ArrayList<>();
        for (Sort.Order requested : sort) {
            String property = SORTABLE.get(requested.getProperty());
            if (property != null) {
                Path<Object> path = c.get(property);
                orders.add(requested.isAscending() ? cb.asc(path) : cb.desc(path));
            }
        }
        if (orders.isEmpty()) {
            orders.add(cb.desc(c.get("priority")));
            orders.add(cb.desc(c.get("lastActivityAt")));
        }
        orders.add(cb.desc(c.get("id")));
        return orders;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
