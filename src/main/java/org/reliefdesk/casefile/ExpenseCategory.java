package org.reliefdesk.casefile;

/** Household spending categories; all but OTHER count as essential (needs). */
public enum ExpenseCategory {
    HOUSING,
    FOOD,
    TRANSPORT,
    UTILITIES,
    MEDICAL,
    EDUCATION,
    CHILDCARE,
    INSURANCE,
    OTHER;

    public boolean essential() {
        return this != OTHER;
    }
}
