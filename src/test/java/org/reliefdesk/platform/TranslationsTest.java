package org.reliefdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void chinese_and_english_bundles_have_exactly_the_same_keys() throws IOException {
        assertThat(keysOf("/i18n/messages.properties")).hasSizeGreaterThan(50);
        for (String bundle : Translations.BUNDLES) {
            String base = "/" + bundle.replace('.', '/');
            if (TranslationsTest.class.getResource(base + ".properties") == null) {
                continue; // a feature module without texts yet
            }
            Set<String> chinese = keysOf(base + ".properties");
            Set<String> english = keysOf(base + "_en.properties");
            assertThat(english).as(bundle).isEqualTo(chinese);
        }
    }

    @Test
    void no_key_is_defined_in_two_bundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : Translations.BUNDLES) {
            String base = "/" + bundle.replace('.', '/') + ".properties";
            if (TranslationsTest.class.getResource(base) == null) {
                continue;
            }
            for (String key : keysOf(base)) {
                assertThat(seen.add(key)).as("%s is defined again in %s", key, bundle).isTrue();
            }
        }
    }

    @Test
    void chinese_is_the_default_and_english_is_chosen_for_any_english_locale() {
        assertThat(translations.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("首页");
        assertThat(translations.getTranslation("nav.home", Locale.forLanguageTag("zh-TW"))).isEqualTo("首页");
        assertThat(translations.getTranslation("nav.home", Locale.US)).isEqualTo("Home");
        assertThat(translations.getTranslation("nav.home", null)).isEqualTo("首页");
    }

    @Test
    void parameters_are_filled_in_each_language() {
        assertThat(translations.getTranslation("home.greeting", Translations.CHINESE, "王静")).isEqualTo("您好，王静");
        assertThat(translations.getTranslation("home.greeting", Translations.ENGLISH, "Wang Jing"))
                .isEqualTo("Hello, Wang Jing");
    }

    @Test
    void a_missing_key_is_visible_rather_than_silently_blank() {
        assertThat(translations.getTranslation("no.such.key", Translations.CHINESE)).isEqualTo("!no.such.key");
    }

    @Test
    void stored_language_tags_map_to_supported_locales() {
        assertThat(Translations.fromTag("en")).isEqualTo(Translations.ENGLISH);
        assertThat(Translations.fromTag("zh-CN")).isEqualTo(Translations.CHINESE);
        assertThat(Translations.fromTag("fr")).isEqualTo(Translations.CHINESE);
        assertThat(Translations.fromTag(null)).isEqualTo(Translations.CHINESE);
    }

    private static Set<String> keysOf(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
