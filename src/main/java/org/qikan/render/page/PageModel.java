package org.qikan.render.page;

import java.util.Map;

/** One page to write: the template that renders it, its site-relative output path, and the template's variables. */
public record PageModel(String template, String path, Map<String, Object> variables) {
}
