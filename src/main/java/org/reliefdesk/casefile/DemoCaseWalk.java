package org.reliefdesk.casefile;

import java.util.List;
import java.util.function.Predicate;
import org.reliefdesk.platform.DemoSeed;
import org.reliefdesk.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * How the feature modules' demo seeders reach the demo cases: each case past intake (and
 * not withdrawn) of the demo counsellors, in caseload order, signed in as its counsellor.
 */
@Component
public class DemoCaseWalk {

    /** The demo counsellors, in the order their cases are walked. */
    public static final List<String> COUNSELLORS = List.of("counsellor", "counsellor2");

    private final CaseService cases;

    DemoCaseWalk(CaseService cases) {
        this.cases = cases;
    }

    /**
     * Offers every such case to {@code seed}, which answers whether it seeded anything.
     *
     * @param limit stop after this many cases were seeded
     * @return how many cases were seeded
     */
    public int casesPastIntake(int limit, Predicate<CaseDetails> seed) {
        int[] seeded = {0};
        for (String counsellor : COUNSELLORS) {
            DemoSeed.as(counsellor, Role.COUNSELLOR.authority(), () -> {
                for (CaseSummary summary : cases.caseload(CaseloadFilter.none(), PageRequest.of(0, 100))) {
                    if (seeded[0] < limit && summary.stage() != Stage.INTAKE && summary.stage() != Stage.WITHDRAWN
                            && seed.test(cases.get(summary.id()))) {
                        seeded[0]++;
                    }
                }
            });
        }
        return seeded[0];
    }

    /** Every such case, without a limit. */
    public int casesPastIntake(Predicate<CaseDetails> seed) {
        return casesPastIntake(Integer.MAX_VALUE, seed);
    }
}
