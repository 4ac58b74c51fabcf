package org.qikan.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A cache entry's bytes read back as written; another format is told apart, and damaged bytes stop the reader. */
class EntryBytesTest {
    private static final String FORMAT = "test entry 1\n";

    @Test
    void readsBackWhatWasWritten() throws IOException {
        byte[] bytes = new EntryBytes.Writer(FORMAT, 16).text("键").integer(-7).bool(true).text(null)
                .text("<p class=\"x\">注释\n𠀀</p>").blob(new byte[] {0, 1, 2}).blob(null).bytes();
        EntryBytes.Reader in = new EntryBytes.Reader(FORMAT, bytes);
        assertThat(in.formatMatches()).isTrue();
        assertThat(in.text()).isEqualTo("键");
        assertThat(in.integer()).isEqualTo(-7);
        assertThat(in.bool()).isTrue();
        assertThat(in.text()).isNull();
        assertThat(in.text()).isEqualTo("<p class=\"x\">注释\n𠀀</p>");
        assertThat(in.atEnd()).isFalse();
        assertThat(in.blob()).containsExactly(0, 1, 2);
        assertThat(in.blob()).isNull();
        assertThat(in.atEnd()).isTrue();
    }

    @Test
    void anotherFormatOrDamagedBytesAreNoEntry() throws IOException {
        byte[] bytes = new EntryBytes.Writer(FORMAT, 16).integer(2).text("一").text("二").bytes();
        assertThat(new EntryBytes.Reader("test entry 2\n", bytes).formatMatches()).isFalse();
        assertThat(new EntryBytes.Reader(FORMAT, Arrays.copyOf(bytes, 5)).formatMatches()).isFalse();
        EntryBytes.Reader cut = new EntryBytes.Reader(FORMAT, Arrays.copyOf(bytes, bytes.length - 1));
        assertThat(cut.count()).isEqualTo(2);
        assertThat(cut.text()).isEqualTo("一");
        assertThatThrownBy(cut::text).isInstanceOf(IllegalArgumentException.class);
        byte[] huge = bytes.clone();
        huge[FORMAT.length() + 3] = 100; // a count of 100 items in a few bytes
        assertThatThrownBy(() -> new EntryBytes.Reader(FORMAT, huge).count()).isInstanceOf(IllegalArgumentException.class);
    }
}
