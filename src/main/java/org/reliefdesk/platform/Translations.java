package org.reliefdesk.platform;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-visible text comes from the bundles in {@code i18n/}: the shared
 * {@code messages*.properties} and one per feature module, so modules do not all
 * edit one file. Simplified Chinese is each base bundle and the default; English
 * is the other choice. A key must be unique across bundles.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    /** The bundles, looked up in this order. */
    public static final List<String> BUNDLES =
            List.of("i18n.messages", "i18n.rates", "i18n.calls", "i18n.negotiation", "i18n.evidence",
                    "i18n.collection", "i18n.complaint", "i18n.reporting", "i18n.agreement", "i18n.repayment",
                    "i18n.creditrepair", "i18n.deadlines", "i18n.court", "i18n.requests", "i18n.messaging",
                    "i18n.privacy", "i18n.admin");
    // Without this, a missing English key would silently fall back to the JVM's locale.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, supported);
            if (bundle != null && bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
            }
        }
        log.warn("Missing translation for key '{}' in {}", key, locale);
        return "!" + key;
    }

    /** Maps any locale to the supported one a person using it would want. */
    public static Locale supported(Locale locale) {
        if (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return CHINESE;
    }

    /** Parses a stored preference ("zh-CN", "en"); unknown values mean Chinese. */
    public static Locale fromTag(String tag) {
        return tag == null ? CHINESE : supported(Locale.forLanguageTag(tag));
    }

    /** The bundle, or null for a feature bundle that does not exist (yet). */
    static ResourceBundle bundle(String name, Locale locale) {
        try {
            return ENGLISH.equals(locale)
                    ? ResourceBundle.getBundle(name, ENGLISH, NO_FALLBACK)
                    : ResourceBundle.getBundle(name, Locale.ROOT, NO_FALLBACK);
        } catch (MissingResourceException e) {
            if (name.equals(BUNDLES.getFirst())) {
                throw new IllegalStateException("Translation bundle " + name + " is missing", e);
            }
            return null;
        }
    }
}
