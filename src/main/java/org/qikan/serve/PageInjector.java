package org.qikan.serve;

import java.nio.charset.StandardCharsets;

/** Adds the reload script to an HTML page as it is served (never to the file on disk). */
final class PageInjector {
    static final String SCRIPT_PATH = "/__qikan/reload.js";
    private static final String TAG = "<script src=\"" + SCRIPT_PATH + "\"></script>";

    private PageInjector() {
    }

    static byte[] inject(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        String injected = end < 0 ? html + TAG : html.substring(0, end) + TAG + html.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }
}
