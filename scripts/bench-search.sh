#!/usr/bin/env bash
# Search benchmark: imports the corpus issues (read in place from ../shared/corpus), copies them into
# editions of about 400 and 4,000 articles (each copy a new year), builds each, and reports the index
# stage's time, the index's size, and for a set of queries what one search downloads in a real
# browser (headless Chromium against a local HTTP server): meta, the index parts the query needs and
# the result data of the first page of results, raw and gzip, and the number of results.
#   scripts/bench-search.sh [corpus-dir] [copies …]      (default copies: 21 222, i.e. 378 and 3,996 articles)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/corpus-edition.sh
corpus=${1:-../shared/corpus}
shift || true
copies_list=${*:-21 222}
jar=${QIKAN_JAR:-target/qikan.jar}
[ -f "$jar" ] || mvn -q -B package -DskipTests
work=${BENCH_WORK:-$(mktemp -d)}
mkdir -p "$work"
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

# What one search downloads: serves the site on 127.0.0.1, opens search.html?q=… in headless
# Chromium (a fresh profile, so nothing cached), and adds up the search/ files the page requested.
cat > "$work/queries.py" <<'PY'
import gzip, html, os, re, subprocess, sys, tempfile, threading
from functools import partial
from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler

site = sys.argv[1]
queries = (sys.argv[2].split(',') if len(sys.argv) > 2 else
           ['芯片', '国际', '多极化', '人工智能', '杨洁勉', 'semiconductor', '國際', '全球治理', '片芯'])
requested = []

class Handler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
    def do_GET(self):
        requested.append(self.path.split('?')[0])
        return super().do_GET()

server = ThreadingHTTPServer(('127.0.0.1', 0), partial(Handler, directory=site))
threading.Thread(target=server.serve_forever, daemon=True).start()
port = server.server_address[1]
sizes = {}
def size(path):
    if path not in sizes:
        data = open(os.path.join(site, path.lstrip('/')), 'rb').read()
        sizes[path] = (len(data), len(gzip.compress(data, 6, mtime=0)) - 10)  # gzip header as a server adds it is ~18 B; keep the deflate stream + trailer
    return sizes[path]

def kb(n):
    return '%.1f' % (n / 1024)

print('%-14s %8s %14s %14s %14s %16s' % ('query', 'results', 'meta KB', 'index KB', 'cards KB', 'total KB'))
print('%-14s %8s %14s %14s %14s %16s' % ('', '', 'raw/gzip', 'raw/gzip', 'raw/gzip', 'raw/gzip'))
totals = []
for q in queries:
    requested.clear()
    with tempfile.TemporaryDirectory() as profile:
        from urllib.parse import quote
        url = 'http://127.0.0.1:%d/search.html?q=%s' % (port, quote(q))
        dom = subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--user-data-dir=' + profile,
                              '--virtual-time-budget=60000', '--dump-dom', url],
                             capture_output=True, text=True, timeout=300).stdout
    status = re.search(r'data-search-status[^>]*>([^<]*)<', dom)
    status = html.unescape(status.group(1)) if status else '?'
    m = re.search(r'找到 (\d+) 篇', status)
    results = m.group(1) if m else ('0' if '没有' in status else '?:' + status)
    shown = len(re.findall(r'class="search-result"', dom))
    groups = {'meta': [0, 0], 'index': [0, 0], 'cards': [0, 0]}
    for path in sorted(set(requested)):
        if not path.startswith('/search/'):
            continue
        kind = 'meta' if path.startswith('/search/meta') else 'index' if path.startswith('/search/parts/') or path.startswith('/search/terms') else 'cards'
        r, g = size(path)
        groups[kind][0] += r
        groups[kind][1] += g
    total = [sum(v[0] for v in groups.values()), sum(v[1] for v in groups.values())]
    totals.append(total)
    print('%-14s %8s %14s %14s %14s %16s' % (q, '%s/%d' % (results, shown),
          *('%s/%s' % (kb(groups[k][0]), kb(groups[k][1])) for k in ('meta', 'index', 'cards')),
          '%s/%s' % (kb(total[0]), kb(total[1]))))
totals.sort(key=lambda t: t[1])
print('per query, gzip: median %s KB, max %s KB (Pagefind: ~270 KB); raw: max %s KB'
      % (kb(totals[len(totals) // 2][1]), kb(totals[-1][1]), kb(max(t[0] for t in totals))))
server.shutdown()
PY

base="$work/base/content"
import_corpus "$jar" "$corpus" "$base"

cat <<'NOTE'
Editions copy the 18 corpus articles into other years. Replicated text inflates the postings of every
term (each term occurs in every copy), so the index is larger and common terms costlier than in a real
archive of as many different articles: a pessimistic case. Pagefind: about 270 KB for one Chinese
query on 4,000 such articles.
NOTE

for copies in $copies_list; do
  content="$work/x$copies/content"
  rm -rf "$work/x$copies"
  replicate_edition "$base" "$content" "$copies"
  articles=$(count_articles "$content")
  echo
  echo "== $articles articles ($copies copies of the corpus issues)"
  /usr/bin/time -f '%e %M' -o "$work/time" java -jar "$jar" build -v --content "$content" --out "$work/x$copies/site" > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
  read -r seconds kib < "$work/time"
  rendered=$(grep -oE 'rendered [0-9]+ pages in [0-9.]+ s' "$work/build.log" | grep -oE '[0-9.]+ s' | tr -d ' s')
  indexed=$(grep -oE 'indexed [0-9]+ articles for search in [0-9.]+ s' "$work/build.log" | grep -oE '[0-9.]+ s$' | tr -d ' s')
  printf 'build %.1f s, peak %d MiB; index stage %.2f s\n' "$seconds" $((kib / 1024)) "$(echo "$indexed - $rendered" | bc -l)"
  grep -oE 'search: .*' "$work/build.log" | head -1
  python3 "$work/queries.py" "$work/x$copies/site"
done
