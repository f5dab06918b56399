package org.reliefdesk.complaint;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.platform.Translations;
import org.reliefdesk.security.Role;

/** Letters built from plain records, as the collection module's incidents will look. */
final class LetterSamples {

    /** The collection module's keys are not in this branch; these stand in for them. */
    static final Map<String, String> COLLECTION_WORDS = Map.of(
            "collection.channel.CALL", "电话",
            "collection.channel.SMS", "短信",
            "collection.reached.CLIENT", "本人",
            "collection.reached.EMPLOYER", "单位同事或领导",
            "collection.category.THREAT_OF_VIOLENCE", "威胁使用暴力",
            "collection.category.DISCLOSURE", "向他人透露债务");

    static final I18NProvider WORDS = new I18NProvider() {
        private final Translations translations = new Translations();

        @Override
        public List<Locale> getProvidedLocales() {
            return Translations.SUPPORTED;
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return COLLECTION_WORDS.containsKey(key) ? COLLECTION_WORDS.get(key)
                    : translations.getTranslation(key, locale, params);
        }
    };

    private LetterSamples() {
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static EvidenceItem item(long id, String name, EvidenceCategory category, byte[] content, Instant at) {
        return new EvidenceItem(id, 7, category, name, "application/pdf", content.length, sha256(content),
                "counsellor", Role.COUNSELLOR, at, null, false, List.of());
    }

    static ComplaintLetter letter(List<EvidenceItem> evidence, int incidents) {
        BrokenRule night = new BrokenRule("NIGHT_CONTACT", "夜间催收", "Night-time contact",
                "22:00至次日08:00不得催收", "No contact between 22:00 and 08:00", "GB/T 45251-2025");
        BrokenRule threat = new BrokenRule("THREAT", "威胁恐吓", "Threats", "不得威胁、恐吓债务人",
                "No threats", "刑法 第293条之一");
        List<IncidentFact> facts = new java.util.ArrayList<>();
        for (int i = 0; i < incidents; i++) {
            facts.add(new IncidentFact(100 + i, 7, 3L, Instant.parse("2026-02-10T15:00:00Z").plusSeconds(86400L * i),
                    true, "深圳某某资产管理有限公司", "0755 8888 1234", "collection.channel.CALL",
                    "collection.reached.CLIENT", List.of("collection.category.THREAT_OF_VIOLENCE"),
                    i == 0 ? "晚上十一点打电话威胁，说要上门找家人。" : "第" + (i + 1) + "次夜间来电，内容同上，持续辱骂和威胁。",
                    Set.of(Grievance.THREAT_OR_VIOLENCE, Grievance.HARASSING_CONTACT), List.of(night, threat),
                    List.of()));
        }
        ComplaintChannel miit = new ComplaintChannel(4, ChannelCode.MIIT_12321, LocalDate.of(2020, 1, 1),
                "12321 网络不良与垃圾信息举报受理中心", "12321", "骚扰电话", "Harassing calls", Set.of(),
                Set.of(Grievance.HARASSING_CONTACT), null, "无法定答复期限", "建议7天后查询", "After 7 days", false, true);
        return new ComplaintLetter(9, LocalDate.of(2026, 3, 1), miit, "张伟", "110105********1234", "13800138000",
                "某某消费金融有限公司", false, LenderType.CONSUMER_FINANCE, "某某消费金融 消费贷", facts,
                Set.of(Grievance.UPFRONT_DEDUCTION), "请责令停止夜间骚扰并删除通讯录数据。", evidence);
    }
}
