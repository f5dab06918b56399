package org.reliefdesk.court;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.reliefdesk.shared.InvalidValueException;

/** What a legal action, a filed response and checklist answers must look like; bad input names its field. */
final class LegalActionRules {

    /**
     * A court case number (案号) checked loosely: "(year)" then the court's short name and code, the
     * kind of case and its number, then 号, e.g. (2026)京0105民初12345号, (2024)最高法民终1号,
     * (2026)沪0115执3456号. Full-width brackets and spaces are normalised first.
     */
    static final Pattern CASE_NUMBER = Pattern.compile(
            "\\((19|20)\\d{2}\\)\\p{IsHan}{1,4}\\d{0,4}\\p{IsHan}{1,6}\\d{1,7}号(之\\p{IsHan}{1,3})?");
    private static final int NOTE_MAX = 2000;

    private LegalActionRules() {
    }

    static LegalActionDetails check(LegalActionDetails d, Set<Long> debtIds, LocalDate today) {
        require(d.debtId() != 0 && debtIds.contains(d.debtId()), "court.error.debt");
        require(d.type() != null, "court.error.type");
        String court = blankToNull(d.court());
        require(court != null && court.length() <= 200, "court.error.court");
        String number = caseNumber(d.caseNumber());
        require(d.servedOn() != null, "court.error.servedOn");
        require(!d.servedOn().isAfter(today), "court.error.servedOnFuture");
        require(d.servedOn().getYear() >= 2000, "court.error.servedOn");
        String note = blankToNull(d.note());
        require(note == null || note.length() <= NOTE_MAX, "court.error.note");
        return new LegalActionDetails(d.debtId(), d.type(), court, number, d.servedOn(), note);
    }

    /** The normalised case number, or null when none was typed. */
    static String caseNumber(String typed) {
        String number = blankToNull(typed);
        if (number == null) {
            return null;
        }
        number = number.replace('（', '(').replace('）', ')').replace('〔', '(').replace('〕', ')')
                .replace('［', '(').replace('］', ')').replaceAll("\\s+", "");
        if (!CASE_NUMBER.matcher(number).matches()) {
            throw new InvalidValueException("court.error.caseNumber", number);
        }
        return number;
    }

    static void checkFiled(LocalDate filedOn, LocalDate servedOn, LocalDate today) {
        require(filedOn != null, "court.error.filedOn");
        require(!filedOn.isAfter(today), "court.error.filedOnFuture");
        require(!filedOn.isBefore(servedOn), "court.error.filedBeforeService");
    }

    static ChecklistAnswers check(ChecklistAnswers a, LocalDate today) {
        require(a.licensed() != null && a.unfairTerms() != null, "court.error.answer");
        String licensedNote = blankToNull(a.licensedNote());
        String unfairNote = blankToNull(a.unfairTermsNote());
        require(licensedNote == null || licensedNote.length() <= 1000, "court.error.checklistNote");
        require(unfairNote == null || unfairNote.length() <= 1000, "court.error.checklistNote");
        require(a.limitationFrom() == null || (!a.limitationFrom().isAfter(today)
                && a.limitationFrom().getYear() >= 1990), "court.error.limitationFrom");
        return new ChecklistAnswers(a.licensed(), licensedNote, a.unfairTerms(), unfairNote, a.limitationFrom());
    }

    static String reason(String typed) {
        String reason = blankToNull(typed);
        require(reason != null && reason.length() <= 1000, "court.error.reason");
        return reason;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void require(boolean condition, String key) {
        if (!condition) {
            throw new InvalidValueException(key);
        }
    }
}
