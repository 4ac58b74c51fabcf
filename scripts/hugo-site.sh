# Sourced by the benchmarks: the same Markdown as a Hugo site, for timing Hugo beside qikan.
#   to_hugo CONTENT HUGO_SITE   writes HUGO_SITE (hugo.toml, plain layouts, content/) from qikan sources in CONTENT

to_hugo() {
  python3 - "$1" "$2" <<'PY'
import os, re, sys
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(os.path.join(dst, 'layouts', '_default'), exist_ok=True)
with open(os.path.join(dst, 'hugo.toml'), 'w') as f:
    f.write('baseURL = "/"\nrelativeURLs = true\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'
            '[markup.goldmark.renderer]\nunsafe = true\n')
layouts = {
    'baseof.html': '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
                   '<body><nav><a href="{{ "index.html" | relURL }}">home</a></nav>{{ block "main" . }}{{ end }}</body></html>\n',
    'single.html': '{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}</article>{{ end }}\n',
    'list.html': '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
}
for name, text in layouts.items():
    with open(os.path.join(dst, 'layouts', '_default', name), 'w') as f:
        f.write(text)
title = re.compile(r'^title:\s*(?:\{\s*zh:\s*([^,}]+)|\n\s+zh:\s*(.+))', re.M)
for folder, _, files in os.walk(src):
    for name in files:
        if not name.endswith('.md') or name.startswith('_'):
            continue
        text = open(os.path.join(folder, name), encoding='utf-8').read()
        body = text
        head = ''
        if text.startswith('---\n'):
            end = text.index('\n---\n', 4)
            head, body = text[4:end], text[end + 5:]
        m = title.search(head)
        t = (m.group(1) or m.group(2)).strip() if m else name[:-3]
        out = os.path.join(dst, 'content', os.path.relpath(folder, src), name)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, 'w', encoding='utf-8') as f:
            f.write('---\ntitle: "%s"\n---\n%s' % (t.replace('"', '\\"'), body))
PY
}
