package org.qikan.catalog;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinTest {

    @Test
    void namesSortByPinyinWithSurnameReadings() {
        List<String> names = List.of("郑远舟", "覃文澜", "曾华", "白露晞", "Anna Berg", "欧阳澈");
        assertThat(names.stream().sorted(Comparator.comparing(Pinyin::nameSortKey)).toList())
                .containsExactly("Anna Berg", "白露晞", "欧阳澈", "覃文澜", "曾华", "郑远舟");
        assertThat(Pinyin.nameInitial("覃文澜")).isEqualTo("Q");
        assertThat(Pinyin.nameInitial("Anna Berg")).isEqualTo("A");
        assertThat(Pinyin.nameSlug("曾华")).isEqualTo("zeng-hua");
    }

    @Test
    void traditionalAndFullWidthFormsReadAsTheirSimplifiedForms() {
        assertThat(Pinyin.syllables("國際秩序")).containsExactly("guo", "ji", "zhi", "xu");
        assertThat(Pinyin.slug("ＡＩ治理")).isEqualTo("ai-zhi-li");
        assertThat(Pinyin.initial("——")).isEqualTo("#");
    }
}
