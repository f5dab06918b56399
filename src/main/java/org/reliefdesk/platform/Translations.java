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
 * Every user-visible text comes from {@code i18n/messages*.properties}.
 * Simplified Chinese is the base bundle and the default; English is the other choice.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "i18n.messages";
    // Without this, a missing English key would silently fall back to the JVM's locale.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(supported(locale));
        if (!bundle.containsKey(key)) {
            log.warn("Missing translation for key '{}' in {}", key, locale);
            return "!" + key;
        }
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
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

    static ResourceBundle bundle(Locale locale) {
        try {
            return ENGLISH.equals(locale)
                    ? ResourceBundle.getBundle(BUNDLE, ENGLISH, NO_FALLBACK)
                    : ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Translation bundle " + BUNDLE + " is missing", e);
        }
    }
}
