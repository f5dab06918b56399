package org.reliefdesk.audit.ui;

import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.time.format.DateTimeFormatter;
import org.reliefdesk.platform.Translations;

/** How the audit pages word an action code and write a time (Beijing). */
final class AuditTexts {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);

    private AuditTexts() {
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, Boolean> WORDED = new ConcurrentHashMap<>();

    /** The action's {@code audit.action.*} text where a module defined one, else its code. */
    static String action(Component component, String code) {
        String key = "audit.action." + code;
        // Asked first, so a code without text (a test's, a retired one) logs no missing-key warning.
        return WORDED.computeIfAbsent(key, AuditTexts::defined) ? component.getTranslation(key) : code;
    }

    private static boolean defined(String key) {
        for (String name : Translations.BUNDLES) {
            try {
                if (ResourceBundle.getBundle(name, Locale.ROOT, NO_FALLBACK).containsKey(key)) {
                    return true;
                }
            } catch (MissingResourceException noSuchBundle) {
                // a feature bundle without texts yet
            }
        }
        return false;
    }
}
