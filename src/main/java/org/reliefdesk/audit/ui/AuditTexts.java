package org.reliefdesk.audit.ui;

import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the audit pages word an action code and write a time (Beijing). */
final class AuditTexts {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);

    private AuditTexts() {
    }

    /** The action's {@code audit.action.*} text where a module defined one, else its code. */
    static String action(Component component, String code) {
        String key = "audit.action." + code;
        String text = component.getTranslation(key);
        return text == null || text.isBlank() || text.startsWith("!") || text.equals(key) ? code : text;
    }
}
