package org.reliefdesk;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test class a Spring context of its own, so each starts on a fresh database
 * with only the demo data, as if it ran alone. Test JVMs are reused across classes and
 * the context cache holds one context ({@code spring.test.context.cache.maxSize=1} in the
 * surefire configuration): the previous class's context is closed before the next one
 * starts, so two contexts never share the JVM-wide security-context strategy that Vaadin
 * installs, while class loading and JIT warm-up are paid once per JVM, not per class.
 */
public class ContextPerTestClass implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new PerClass(testClass.getName());
    }

    /** Adds nothing to the context; its only effect is a distinct cache key per class. */
    private record PerClass(String testClass) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            // The key is the point.
        }
    }
}
