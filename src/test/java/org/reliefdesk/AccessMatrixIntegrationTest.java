package org.reliefdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.agreement.AgreementStatistics;
import org.reliefdesk.audit.AuditFilter;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.audit.VerificationRuns;
import org.reliefdesk.calls.CallExport;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.CaseStatistics;
import org.reliefdesk.casefile.CaseloadExport;
import org.reliefdesk.collection.IncidentExport;
import org.reliefdesk.complaint.ComplaintReports;
import org.reliefdesk.court.CourtDeadlineRuleService;
import org.reliefdesk.court.CourtService;
import org.reliefdesk.court.LegalActionStatus;
import org.reliefdesk.creditrepair.CreditRuleService;
import org.reliefdesk.deadlines.Bucket;
import org.reliefdesk.deadlines.DeadlineService;
import org.reliefdesk.messaging.MessagingService;
import org.reliefdesk.privacy.PrivacyService;
import org.reliefdesk.privacy.RequestFilter;
import org.reliefdesk.privacy.RequestKind;
import org.reliefdesk.rates.RateReferenceService;
import org.reliefdesk.reporting.DashboardService;
import org.reliefdesk.reporting.DashboardTable;
import org.reliefdesk.requests.RequestService;
import org.reliefdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The access matrix of issue 7's services, called directly as each kind of user would if
 * they typed another case's URL or crafted a request: the client of the case, another
 * client, the case's counsellor, another counsellor, an administrator. A call "passes" when
 * the access rule lets it into the method (it may then fail on the deliberately empty
 * arguments); it is refused when the rule throws {@link AccessDeniedException}.
 */
@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=access-matrix"})
class AccessMatrixIntegrationTest {

    enum Who { CLIENT, OTHER_CLIENT, COUNSELLOR, OTHER_COUNSELLOR, ADMIN }

    private static final Set<Who> CASE_STAFF = EnumSet.of(Who.COUNSELLOR, Who.ADMIN);
    private static final Set<Who> CASE_READERS = EnumSet.of(Who.CLIENT, Who.COUNSELLOR, Who.ADMIN);
    private static final Set<Who> OWN_CLIENT = EnumSet.of(Who.CLIENT);
    private static final Set<Who> STAFF = EnumSet.of(Who.COUNSELLOR, Who.OTHER_COUNSELLOR, Who.ADMIN);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);

    @Autowired CaseService cases;
    @Autowired RequestService requests;
    @Autowired MessagingService messaging;
    @Autowired PrivacyService privacy;
    @Autowired CourtService court;
    @Autowired CourtDeadlineRuleService courtRules;
    @Autowired DeadlineService deadlines;
    @Autowired AuditLog auditLog;
    @Autowired AuditTrail audit;
    @Autowired VerificationRuns verification;
    @Autowired DashboardService dashboard;
    @Autowired RateReferenceService rates;
    @Autowired CreditRuleService creditRules;
    @Autowired CaseloadExport caseloadExport;
    @Autowired CallExport callExport;
    @Autowired IncidentExport incidentExport;
    @Autowired ComplaintReports complaintReports;
    @Autowired AgreementService agreements;
    @Autowired CaseStatistics caseStatistics;
    @Autowired AgreementStatistics agreementStatistics;

    private long clientsCase;
    private final Map<Who, String> users = new LinkedHashMap<>();

    @BeforeEach
    void theDemoClientsCase() {
        SignedIn.as("client", Role.CLIENT);
        clientsCase = cases.myCases().getFirst().id();
        SignedIn.as("admin", Role.ADMIN);
        String counsellor = cases.get(clientsCase).counsellorUsername();
        users.put(Who.CLIENT, "client");
        users.put(Who.OTHER_CLIENT, "client2");
        users.put(Who.COUNSELLOR, counsellor);
        users.put(Who.OTHER_COUNSELLOR, counsellor.equals("counsellor") ? "counsellor2" : "counsellor");
        users.put(Who.ADMIN, "admin");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void every_case_method_of_the_new_services_admits_exactly_the_people_of_that_case() {
        Map<String, Rule> methods = new LinkedHashMap<>();
        // Requested documents
        methods.put("requests.ask", rule(CASE_STAFF, id -> requests.ask(id, null)));
        methods.put("requests.fulfil", rule(CASE_READERS, id -> requests.fulfil(id, 0, 0)));
        methods.put("requests.cancel", rule(CASE_STAFF, id -> requests.cancel(id, 0, 0, null)));
        methods.put("requests.reopen", rule(CASE_STAFF, id -> requests.reopen(id, 0, 0, null, null)));
        methods.put("requests.requests", rule(CASE_READERS, id -> requests.requests(id, PageRequest.of(0, 5))));
        methods.put("requests.open", rule(CASE_READERS, id -> requests.open(id)));
        methods.put("requests.get", rule(CASE_READERS, id -> requests.get(id, 0)));
        // Messages: the client and their counsellor write; an administrator only reads
        methods.put("messaging.send", rule(EnumSet.of(Who.CLIENT, Who.COUNSELLOR), id -> messaging.send(id, "")));
        methods.put("messaging.conversation", rule(CASE_READERS,
                id -> messaging.conversation(id, PageRequest.of(0, 5))));
        methods.put("messaging.all", rule(CASE_READERS, id -> messaging.all(id)));
        methods.put("messaging.openConversation", rule(CASE_READERS, id -> messaging.openConversation(id)));
        methods.put("messaging.unread", rule(CASE_READERS, id -> messaging.unread(id)));
        // Privacy rights: the client's own
        methods.put("privacy.dataOf", rule(OWN_CLIENT, id -> privacy.dataOf(id)));
        methods.put("privacy.copy", rule(OWN_CLIENT, id -> privacy.copy(id, PrivacyService.Format.JSON, Locale.CHINA)));
        methods.put("privacy.sensitiveConsent", rule(OWN_CLIENT, id -> privacy.sensitiveConsent(id)));
        methods.put("privacy.file", rule(OWN_CLIENT, id -> privacy.file(id, RequestKind.CORRECTION, null, "", "")));
        methods.put("privacy.requestsOf", rule(CASE_READERS, id -> privacy.requestsOf(id)));
        // Court papers: staff work; the client reads the plain-words view
        methods.put("court.add", rule(CASE_STAFF, id -> court.add(id, null)));
        methods.put("court.correct", rule(CASE_STAFF, id -> court.correct(id, 0, 0, null)));
        methods.put("court.responseFiled", rule(CASE_STAFF, id -> court.responseFiled(id, 0, 0, null)));
        methods.put("court.saveChecklist", rule(CASE_STAFF, id -> court.saveChecklist(id, 0, 0, null)));
        methods.put("court.end", rule(CASE_STAFF, id -> court.end(id, 0, 0, LegalActionStatus.WITHDRAWN, null)));
        methods.put("court.actions", rule(CASE_STAFF, id -> court.actions(id)));
        methods.put("court.action", rule(CASE_STAFF, id -> court.action(id, 0)));
        methods.put("court.urgent", rule(CASE_STAFF, id -> court.urgent(id)));
        methods.put("court.checklist", rule(CASE_STAFF, id -> court.checklist(id, 0)));
        methods.put("court.forClient", rule(CASE_READERS, id -> court.forClient(id)));
        // The case's audit entries: the staff timeline, and the client's allow-listed one
        methods.put("audit.caseEntries", rule(CASE_STAFF, id -> audit.caseEntries(id, PageRequest.of(0, 5))));
        methods.put("audit.caseEntriesOfActions", rule(CASE_READERS,
                id -> audit.caseEntries(id, List.of("STAGE_MOVED"), PageRequest.of(0, 5))));
        // Deadlines of a case
        methods.put("deadlines.forCase", rule(CASE_READERS, id -> deadlines.forCase(id)));
        // Exports of a case's lists
        methods.put("export.calls", rule(CASE_STAFF, id -> callExport.calls(id, null, Locale.CHINA)));
        methods.put("export.incidents", rule(CASE_STAFF, id -> incidentExport.incidents(id, Locale.CHINA)));
        methods.put("export.complaints", rule(CASE_STAFF, id -> complaintReports.export(id, Locale.CHINA)));
        methods.put("export.payments", rule(CASE_STAFF, id -> agreements.exportPayments(id, null, Locale.CHINA)));

        assertThat(methods).hasSizeGreaterThan(30);
        List<String> wrong = new ArrayList<>();
        for (var method : methods.entrySet()) {
            for (Who who : Who.values()) {
                boolean admitted = admitted(who, () -> method.getValue().call().accept(clientsCase));
                if (admitted != method.getValue().allowed().contains(who)) {
                    wrong.add(method.getKey() + " as " + who + (admitted ? " was admitted" : " was refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void administration_and_cross_case_figures_are_for_staff_or_administrators_only() {
        LocalDate today = LocalDate.now();
        Map<String, Rule> methods = new LinkedHashMap<>();
        methods.put("auditLog.entries", rule(ADMIN, x -> auditLog.entries(new AuditFilter(null, null, null, null,
                null), PageRequest.of(0, 5))));
        methods.put("auditLog.entry", rule(ADMIN, x -> auditLog.entry(1)));
        methods.put("auditLog.knownActions", rule(ADMIN, x -> auditLog.knownActions()));
        methods.put("auditLog.exportRows", rule(ADMIN, x -> auditLog.exportRows(
                new AuditFilter(null, null, null, null, null), e -> List.of())));
        methods.put("verification.runNow", rule(ADMIN, x -> verification.runNow()));
        methods.put("verification.last", rule(ADMIN, x -> verification.last()));
        methods.put("privacy.requests", rule(ADMIN, x -> privacy.requests(RequestFilter.ALL, PageRequest.of(0, 5))));
        methods.put("privacy.refuse", rule(ADMIN, x -> privacy.refuse(0, 0, null)));
        methods.put("privacy.addRule", rule(ADMIN, x -> privacy.addRule(null, 0, null, false)));
        methods.put("privacy.myCases", rule(EnumSet.of(Who.CLIENT, Who.OTHER_CLIENT), x -> privacy.myCases()));
        methods.put("rates.addLpr", rule(ADMIN, x -> rates.addLpr(null)));
        methods.put("rates.addLineVersion", rule(ADMIN, x -> rates.addLineVersion(null)));
        methods.put("creditRules.addVersion", rule(ADMIN, x -> creditRules.addVersion(null)));
        methods.put("courtRules.newVersion", rule(ADMIN, x -> courtRules.newVersion(null)));
        methods.put("courtRules.rules", rule(STAFF, x -> courtRules.rules()));
        methods.put("deadlines.refreshAll", rule(ADMIN, x -> deadlines.refreshAll()));
        methods.put("deadlines.list", rule(STAFF, x -> deadlines.list(Bucket.OVERDUE, PageRequest.of(0, 5))));
        methods.put("deadlines.nearest", rule(STAFF, x -> deadlines.nearest(List.of(clientsCase))));
        methods.put("deadlines.outcomes", rule(STAFF, x -> deadlines.outcomes(today, today, null)));
        methods.put("dashboard.dashboard", rule(STAFF, x -> dashboard.dashboard(today, today, null)));
        methods.put("dashboard.export", rule(STAFF, x -> dashboard.export(DashboardTable.values()[0], today, today,
                null, Locale.CHINA)));
        methods.put("export.caseload", rule(STAFF, x -> caseloadExport.caseload(null, Locale.CHINA)));
        methods.put("statistics.cases", rule(STAFF, x -> caseStatistics.casesByStage(null)));
        methods.put("statistics.agreements", rule(STAFF, x -> agreementStatistics.figures(today, today, null)));
        methods.put("statistics.complaints", rule(STAFF, x -> complaintReports.outcomes(today, today, null)));
        methods.put("messaging.unreadByCounsellor", rule(STAFF, x -> messaging.unreadByCounsellor(
                List.of(clientsCase))));

        List<String> wrong = new ArrayList<>();
        for (var method : methods.entrySet()) {
            for (Who who : Who.values()) {
                boolean admitted = admitted(who, () -> method.getValue().call().accept(0));
                if (admitted != method.getValue().allowed().contains(who)) {
                    wrong.add(method.getKey() + " as " + who + (admitted ? " was admitted" : " was refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_counsellor_asking_for_another_counsellors_figures_is_refused_and_an_other_clients_case_is_not_theirs() {
        signInAs(Who.COUNSELLOR);
        LocalDate today = LocalDate.now();
        String other = users.get(Who.OTHER_COUNSELLOR);
        assertThat(admitted(Who.COUNSELLOR, () -> dashboard.dashboard(today, today, other))).isFalse();
        assertThat(admitted(Who.COUNSELLOR, () -> caseStatistics.casesByStage(other))).isFalse();
        // The engine answers a counsellor with their own figures whatever name is passed.
        signInAs(Who.COUNSELLOR);
        assertThat(deadlines.outcomes(today, today, other).counsellor()).isEqualTo(users.get(Who.COUNSELLOR));
        // Nearest deadlines and unread counts of a case one does not work on are simply absent.
        signInAs(Who.OTHER_COUNSELLOR);
        assertThat(deadlines.nearest(List.of(clientsCase))).isEmpty();
        assertThat(messaging.unreadByCounsellor(List.of(clientsCase))).doesNotContainKey(clientsCase);
    }

    private boolean admitted(Who who, Runnable call) {
        signInAs(who);
        try {
            call.run();
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        } catch (RuntimeException pastTheRule) {
            // Invalid or missing arguments: the rule let the call in.
            return true;
        } finally {
            SignedIn.nobody();
        }
    }

    private void signInAs(Who who) {
        Role role = switch (who) {
            case CLIENT, OTHER_CLIENT -> Role.CLIENT;
            case COUNSELLOR, OTHER_COUNSELLOR -> Role.COUNSELLOR;
            case ADMIN -> Role.ADMIN;
        };
        SignedIn.as(users.get(who), role);
    }

    private static Rule rule(Set<Who> allowed, LongConsumer call) {
        return new Rule(allowed, call);
    }

    private record Rule(Set<Who> allowed, LongConsumer call) {
    }
}
