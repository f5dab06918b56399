package org.reliefdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void module_dependencies_point_one_way_and_respect_internals() {
        ApplicationModules.of(Application.class).verify();
    }
}
