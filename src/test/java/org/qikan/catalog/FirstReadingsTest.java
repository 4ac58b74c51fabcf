package org.qikan.catalog;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FirstReadingsTest {

    /** Every character of the Basic Multilingual Plane reads as pinyin4j's first formatted reading, or has none where it has none. */
    @Test
    void everyCharacterReadsAsPinyin4jFirstReading() throws Exception {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        List<String> differences = new ArrayList<>();
        int read = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String[] all = PinyinHelper.toHanyuPinyinStringArray((char) c, format);
            String expected = all == null || all.length == 0 ? null : all[0];
            String actual = FirstReadings.of((char) c);
            if (expected == null ? actual != null : !expected.equals(actual)) {
                differences.add(Integer.toHexString(c) + ": " + expected + " but " + actual);
            }
            read += actual == null ? 0 : 1;
        }
        assertThat(differences).isEmpty();
        assertThat(read).isGreaterThan(20_000);
        assertThat(FirstReadings.of('绿')).isEqualTo("lv");
        assertThat(FirstReadings.of('重')).isEqualTo("zhong");
        assertThat(FirstReadings.of('a')).isNull();
    }
}
