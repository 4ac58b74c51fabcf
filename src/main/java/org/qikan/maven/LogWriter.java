package org.qikan.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each complete line to Maven's log. */
final class LogWriter extends Writer {
    private final Consumer<String> log;
    private final StringBuilder line = new StringBuilder();

    LogWriter(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    private void emit() {
        log.accept(line.toString());
        line.setLength(0);
    }

    @Override
    public synchronized void flush() {
    }

    @Override
    public synchronized void close() {
        if (line.length() > 0) {
            emit();
        }
    }
}
