package org.reliefdesk.reporting;

/** The dashboard's tables, each shown beside its chart and downloadable as CSV. */
public enum DashboardTable {
    STAGES, MONTHS, MONEY, AGREEMENTS, COMPLAINTS, DEADLINES;

    /** The file name part and the component id part, e.g. {@code dashboard-stages}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
