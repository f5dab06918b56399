package org.reliefdesk.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when the portal should run on its own embedded PostgreSQL. */
public class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return usesEmbeddedDatabase(context.getEnvironment());
    }

    public static boolean usesEmbeddedDatabase(Environment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                && environment.getProperty("reliefdesk.embedded-database.enabled", Boolean.class, true);
    }
}
