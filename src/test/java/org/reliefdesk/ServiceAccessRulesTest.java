package org.reliefdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * The service layer is where access is enforced: every public method of every
 * {@code @Service}, and of every other bean that guards some of its methods, declares who may call it, so a new method cannot be reached by
 * anyone merely because its button is hidden.
 */
class ServiceAccessRulesTest {

    /** Public methods that read nothing of anyone's, each with the reason it needs no rule. */
    private static final Map<String, String> OPEN_BY_DESIGN = Map.of(
            "AuditTrail.append", "writes only; called inside the transactions of services that checked access",
            "EvidenceService.maxSizeBytes", "a configured size limit, shown next to every upload",
            "ConductReportService.lastTwelveMonths", "today's default period, computed from the clock",
            "DashboardService.defaultPeriod", "today's default period, computed from the clock",
            "DeadlineService.today", "today's Beijing date, computed from the clock",
            "RequestService.today", "today's Beijing date, computed from the clock");

    @Test
    void every_public_service_method_declares_who_may_call_it() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        // Every bean: @Service classes, and any other bean that guards some of its methods.
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> unguarded = new ArrayList<>();
        int services = 0;
        for (BeanDefinition bean : scanner.findCandidateComponents("org.reliefdesk")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            boolean guardsSome = Arrays.stream(type.getDeclaredMethods())
                    .anyMatch(m -> m.isAnnotationPresent(PreAuthorize.class));
            if (!type.isAnnotationPresent(Service.class) && !guardsSome) {
                continue;
            }
            services++;
            boolean classGuarded = type.isAnnotationPresent(PreAuthorize.class);
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !classGuarded && !method.isAnnotationPresent(PreAuthorize.class)
                        && !OPEN_BY_DESIGN.containsKey(type.getSimpleName() + "." + method.getName())) {
                    unguarded.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(services).isGreaterThan(10);
        assertThat(unguarded).isEmpty();
    }
}
